package com.complaintbook.intake.catalogue.application;

import com.complaintbook.contracts.catalogue.CatalogueCategory;
import com.complaintbook.contracts.catalogue.CatalogueEntryType;
import com.complaintbook.contracts.catalogue.CatalogueRegion;
import com.complaintbook.contracts.catalogue.CatalogueStaff;
import com.complaintbook.contracts.catalogue.CatalogueStore;
import com.complaintbook.contracts.catalogue.CatalogueVersion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The catalogue's records read so far, in topic order, turned into a {@link Catalogue} only at a
 * version marker whose counts and digest they match. Entries of a version whose marker has not
 * arrived (routing is still writing them, or died half way) are held here and never seen by
 * validation. A marker whose counts or digest do not match builds nothing, and the entries stay: a
 * record may be missing only because it has not been read yet, or another routing replica's marker
 * landed amid this one's entries, and the next marker is checked against everything read until then.
 * Counts alone could match over a mix of two versions' entries; the digest of the entries' JSON as
 * read cannot.
 *
 * <p>Not thread-safe: one reader thread owns it.
 */
public final class CatalogueBuffer {

    private final Map<CatalogueEntryType, Map<String, Object>> entries = new EnumMap<>(CatalogueEntryType.class);
    /** Every entry's compact JSON as read, by key, for the marker's digest. */
    private final SortedMap<String, String> jsonByKey = new TreeMap<>();

    public CatalogueBuffer() {
        for (CatalogueEntryType type : CatalogueEntryType.values()) {
            if (type != CatalogueEntryType.VERSION) {
                entries.put(type, new HashMap<>());
            }
        }
    }

    /**
     * An entry written, or written again with new content.
     *
     * @param json the entry's compact JSON as read (its JSON tree written back), what the digest covers
     */
    public void put(CatalogueEntryType type, String id, Object entry, String json) {
        if (type == CatalogueEntryType.VERSION || !type.entryType().isInstance(entry) || json == null) {
            throw new IllegalArgumentException("A " + type.logicalName() + " entry cannot hold " + entry);
        }
        entries.get(type).put(id, entry);
        jsonByKey.put(type.key(id), json);
    }

    /** An entry removed from the organisation (a tombstone), or one that can no longer be read. */
    public void remove(CatalogueEntryType type, String id) {
        if (type != CatalogueEntryType.VERSION) {
            entries.get(type).remove(id);
            jsonByKey.remove(type.key(id));
        }
    }

    /** What the marker makes of the entries held: the version's catalogue, or why not. */
    public Outcome mark(CatalogueVersion marker, Instant publishedAt) {
        List<String> mismatches = new ArrayList<>();
        check(mismatches, CatalogueEntryType.STORE, marker.stores());
        check(mismatches, CatalogueEntryType.REGION, marker.regions());
        check(mismatches, CatalogueEntryType.CATEGORY, marker.categories());
        check(mismatches, CatalogueEntryType.STAFF, marker.staff());
        if (mismatches.isEmpty() && !CatalogueDigest.of(jsonByKey).equals(marker.digest())) {
            mismatches.add("digest: the entries read are not the version's");
        }
        if (!mismatches.isEmpty()) {
            return new Outcome.Incomplete(marker.version(), String.join(", ", mismatches));
        }
        return new Outcome.Applied(new Catalogue(marker.version(), marker.effectiveFrom(), publishedAt,
                of(CatalogueEntryType.STORE, CatalogueStore.class), of(CatalogueEntryType.REGION, CatalogueRegion.class),
                of(CatalogueEntryType.CATEGORY, CatalogueCategory.class), of(CatalogueEntryType.STAFF, CatalogueStaff.class)));
    }

    private void check(List<String> mismatches, CatalogueEntryType type, int expected) {
        int held = entries.get(type).size();
        if (held != expected) {
            mismatches.add(type.logicalName() + ": " + held + " read, " + expected + " in the version");
        }
    }

    private <T> Map<String, T> of(CatalogueEntryType type, Class<T> entryType) {
        Map<String, T> typed = new HashMap<>();
        entries.get(type).forEach((id, entry) -> typed.put(id, entryType.cast(entry)));
        return typed;
    }

    /** What a marker did. */
    public sealed interface Outcome {

        /** The marker's counts held: this is the version's catalogue. */
        record Applied(Catalogue catalogue) implements Outcome {
        }

        /** The entries read do not add up to the marker's version (counts or digest); nothing changes. */
        record Incomplete(long version, String mismatches) implements Outcome {
        }
    }
}

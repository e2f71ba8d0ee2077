package com.complaintbook.routing.application;

import com.complaintbook.contracts.catalogue.CatalogueEntryType;

/**
 * One record of the catalogue topic.
 *
 * @param type  the entry's type
 * @param key   {@link CatalogueEntryType#key(String)} of the entity
 * @param entry the store, region, category, staff member or version marker; {@code null} for a
 *              tombstone (the entity is gone)
 * @param json  the entry's compact JSON, exactly as it goes out as the envelope's {@code entry} and
 *              as the marker's digest covers it; {@code null} for a tombstone
 */
public record CatalogueRecord(CatalogueEntryType type, String key, Object entry, String json) {

    public CatalogueRecord {
        if ((entry == null) != (json == null)) {
            throw new IllegalArgumentException("a catalogue record has both an entry and its JSON, or neither");
        }
    }

    /** The tombstone of {@code key}. */
    public static CatalogueRecord tombstone(String key) {
        return new CatalogueRecord(CatalogueEntryType.ofKey(key).orElseThrow(), key, null, null);
    }

    public boolean isTombstone() {
        return entry == null;
    }
}

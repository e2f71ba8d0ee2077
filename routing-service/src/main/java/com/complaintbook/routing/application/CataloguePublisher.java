package com.complaintbook.routing.application;

import com.complaintbook.contracts.catalogue.CatalogueCategory;
import com.complaintbook.contracts.catalogue.CatalogueEntryType;
import com.complaintbook.contracts.catalogue.CatalogueRegion;
import com.complaintbook.contracts.catalogue.CatalogueStaff;
import com.complaintbook.contracts.catalogue.CatalogueStore;
import com.complaintbook.contracts.catalogue.CatalogueVersion;
import com.complaintbook.routing.domain.organisation.Organisation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Publishes the catalogue of the organisation in force: every store, region, category and employee
 * (with whose complaints they may answer now), then the version marker with the version's counts and
 * the digest of its entries, so a reader applies a version only once it has all of it and nothing
 * else. Only what differs from this instance's last publication is sent, with a tombstone for every
 * entity gone, and the marker every time, as the catalogue's heartbeat. The first publication after a
 * start sends everything and tombstones every key the topic holds that the version lacks, whoever
 * wrote it (an earlier run, another database), since a stray key would keep every marker from adding
 * up. Several replicas publishing the same content is harmless: the topic is compacted and readers
 * check the digest, so records of two replicas interleaving never pass for a version.
 *
 * <p>Before each publication the store's latest version is compared with the versions loaded here, and
 * they are loaded again when the store is ahead: a replica that has not yet heard of another's import
 * must not put an older version's marker after the newer one.
 *
 * <p>Called on start, periodically (absences begin and end, versions take effect) and at once after an
 * import. A failed publication is retried at the next call.
 */
public class CataloguePublisher {

    private static final Logger log = LoggerFactory.getLogger(CataloguePublisher.class);
    private static final String MARKER_KEY = CatalogueEntryType.VERSION.key(null);

    private final OrganisationHistory organisations;
    private final OrganisationStore store;
    private final CatalogueSink sink;
    private final Clock clock;
    private final RoutingMetrics metrics;
    private Map<String, CatalogueRecord> published;
    private volatile boolean everPublished;
    private volatile boolean lastFailed;

    public CataloguePublisher(OrganisationHistory organisations, OrganisationStore store, CatalogueSink sink,
                              Clock clock, RoutingMetrics metrics) {
        this.organisations = organisations;
        this.store = store;
        this.sink = sink;
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * Publishes what changed since the last successful publication; nothing while there is no
     * organisation.
     *
     * @return whether the topic now holds the catalogue in force
     */
    public synchronized boolean publish() {
        long version = 0;
        List<CatalogueRecord> changes = new ArrayList<>();
        Map<String, CatalogueRecord> current;
        try {
            catchUpWithTheStore();
            if (organisations.isEmpty()) {
                return false;
            }
            Instant now = clock.instant();
            EffectiveOrganisation inForce = organisations.at(now);
            version = inForce.stored().version();
            Map<String, CatalogueRecord> built = catalogue(inForce, now);
            current = built;
            Set<String> before = published == null ? sink.liveKeys() : published.keySet();
            current.values().stream()
                    .filter(record -> record.type() != CatalogueEntryType.VERSION)
                    .filter(record -> published == null || !Objects.equals(published.get(record.key()), record))
                    .forEach(changes::add);
            before.stream()
                    .filter(key -> !key.equals(MARKER_KEY) && !built.containsKey(key))
                    .sorted()
                    .map(CatalogueRecord::tombstone)
                    .forEach(changes::add);
            // The marker goes out at every call, changed or not: readers tell from its age that routing
            // still stands behind the catalogue they hold, and re-applying an unchanged version is a no-op.
            changes.add(built.get(MARKER_KEY));
            sink.publish(changes, version, now);
        } catch (RuntimeException failed) {
            lastFailed = true;
            metrics.catalogueFailed();
            log.atWarn()
                    .addKeyValue("version", version)
                    .addKeyValue("error", failed.toString())
                    .log("Catalogue not published; trying again at the next tick");
            return false;
        }
        published = current;
        everPublished = true;
        lastFailed = false;
        metrics.cataloguePublished(changes.size());
        // A marker alone is the heartbeat, twice a minute: only a publication that changed something is news.
        (changes.size() > 1 ? log.atInfo() : log.atDebug())
                .addKeyValue("version", version)
                .addKeyValue("records", changes.size())
                .log("Catalogue published");
        return true;
    }

    /** Whether a publication has succeeded since the start and the last one did not fail. */
    public boolean healthy() {
        return everPublished && !lastFailed;
    }

    /** Loads the versions again when the store holds a newer one than this instance knows of. */
    private void catchUpWithTheStore() {
        long loaded = organisations.latest().map(effective -> effective.stored().version()).orElse(0L);
        long stored = store.latest().map(StoredVersion::version).orElse(0L);
        if (stored > loaded) {
            log.atInfo().addKeyValue("loaded", loaded).addKeyValue("stored", stored)
                    .log("The store holds a newer organisation version than this instance; loading it before publishing");
            organisations.reload();
        }
    }

    /** Every record of the version, keyed and ordered by key, the marker's digest taken over the entries. */
    private Map<String, CatalogueRecord> catalogue(EffectiveOrganisation inForce, Instant now) {
        Organisation organisation = inForce.stored().organisation();
        Map<String, List<String>> answersFor = inForce.version().answersForEveryone(now);
        SortedMap<String, CatalogueRecord> records = new TreeMap<>();
        organisation.regions().forEach(region -> put(records, CatalogueEntryType.REGION, region.id(),
                new CatalogueRegion(region.id(), region.name(), region.division())));
        organisation.stores().forEach(store -> put(records, CatalogueEntryType.STORE, store.id(),
                new CatalogueStore(store.id(), store.name(), store.address(), store.region(),
                        store.timeZone() == null ? organisation.defaultTimeZone() : store.timeZone())));
        organisation.categories().forEach(category -> put(records, CatalogueEntryType.CATEGORY, category.id(),
                new CatalogueCategory(category.id(), category.name())));
        organisation.staff().forEach(person -> put(records, CatalogueEntryType.STAFF, person.id(),
                new CatalogueStaff(person.id(), person.name(), person.email(), person.language(),
                        answersFor.getOrDefault(person.id(), List.of()))));
        String digest = digest(records.values());
        put(records, CatalogueEntryType.VERSION, null, new CatalogueVersion(inForce.stored().version(),
                inForce.stored().effectiveFrom(), organisation.stores().size(), organisation.regions().size(),
                organisation.categories().size(), organisation.staff().size(), digest));
        return records;
    }

    private void put(Map<String, CatalogueRecord> records, CatalogueEntryType type, String id, Object entry) {
        String key = type.key(id);
        records.put(key, new CatalogueRecord(type, key, entry, sink.json(entry)));
    }

    /**
     * SHA-256 over each entry's key, a line feed, its JSON as sent and a line feed, in key order: the
     * algorithm contracts/README.md gives, which readers repeat over what they read.
     */
    public static String digest(Collection<CatalogueRecord> inKeyOrder) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException everyJvmHasIt) {
            throw new IllegalStateException(everyJvmHasIt);
        }
        for (CatalogueRecord record : inKeyOrder) {
            sha256.update((record.key() + "\n" + record.json() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha256.digest());
    }
}

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

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Publishes the catalogue of the organisation in force: every store, region, category and employee
 * (with whose complaints they may answer now), then the version marker, so a reader applies a version
 * only once it has all of it. Only what differs from this instance's last publication is sent, with a
 * tombstone for every entity gone, and the marker every time, as the catalogue's heartbeat; after a start everything is sent again, and every entity any stored
 * version ever had and the current one lacks gets its tombstone, so one removed while routing was down
 * disappears too. Several replicas publishing the same content is harmless: the topic is compacted
 * and readers compare contents.
 *
 * <p>Called on start, periodically (absences begin and end, versions take effect) and at once after an
 * import. A failed publication is retried at the next call.
 */
public class CataloguePublisher {

    private static final Logger log = LoggerFactory.getLogger(CataloguePublisher.class);

    private final OrganisationHistory organisations;
    private final CatalogueSink sink;
    private final Clock clock;
    private final RoutingMetrics metrics;
    private Map<String, CatalogueRecord> published;
    private volatile boolean everPublished;
    private volatile boolean lastFailed;

    public CataloguePublisher(OrganisationHistory organisations, CatalogueSink sink, Clock clock,
                              RoutingMetrics metrics) {
        this.organisations = organisations;
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
        if (organisations.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        EffectiveOrganisation inForce = organisations.at(now);
        Map<String, CatalogueRecord> current = catalogue(inForce, now);
        List<CatalogueRecord> changes = new ArrayList<>();
        Set<String> before = published == null ? everPublishedKeys() : published.keySet();
        current.values().stream()
                .filter(record -> record.type() != CatalogueEntryType.VERSION)
                .filter(record -> published == null || !Objects.equals(published.get(record.key()), record))
                .forEach(changes::add);
        before.stream().filter(key -> !current.containsKey(key))
                .map(key -> new CatalogueRecord(CatalogueEntryType.ofKey(key).orElseThrow(), key, null))
                .forEach(changes::add);
        // The marker goes out at every call, changed or not: readers tell from its age that routing
        // still stands behind the catalogue they hold, and re-applying an unchanged version is a no-op.
        changes.add(current.get(CatalogueEntryType.VERSION.key(null)));
        try {
            sink.publish(changes, inForce.stored().version(), now);
        } catch (RuntimeException failed) {
            lastFailed = true;
            metrics.catalogueFailed();
            log.atWarn()
                    .addKeyValue("version", inForce.stored().version())
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
                .addKeyValue("version", inForce.stored().version())
                .addKeyValue("records", changes.size())
                .log("Catalogue published");
        return true;
    }

    /** Whether a publication has succeeded since the start and the last one did not fail. */
    public boolean healthy() {
        return everPublished && !lastFailed;
    }

    private Map<String, CatalogueRecord> catalogue(EffectiveOrganisation inForce, Instant now) {
        Organisation organisation = inForce.stored().organisation();
        Map<String, CatalogueRecord> records = new LinkedHashMap<>();
        organisation.regions().forEach(region -> put(records, CatalogueEntryType.REGION, region.id(),
                new CatalogueRegion(region.id(), region.name(), region.division())));
        organisation.stores().forEach(store -> put(records, CatalogueEntryType.STORE, store.id(),
                new CatalogueStore(store.id(), store.name(), store.address(), store.region(),
                        store.timeZone() == null ? organisation.defaultTimeZone() : store.timeZone())));
        organisation.categories().forEach(category -> put(records, CatalogueEntryType.CATEGORY, category.id(),
                new CatalogueCategory(category.id(), category.name())));
        organisation.staff().forEach(person -> put(records, CatalogueEntryType.STAFF, person.id(),
                new CatalogueStaff(person.id(), person.name(), person.email(), person.language(),
                        inForce.version().answersFor(person.id(), now))));
        put(records, CatalogueEntryType.VERSION, null, new CatalogueVersion(inForce.stored().version(),
                inForce.stored().effectiveFrom(), organisation.stores().size(), organisation.regions().size(),
                organisation.categories().size(), organisation.staff().size()));
        return records;
    }

    private static void put(Map<String, CatalogueRecord> records, CatalogueEntryType type, String id, Object entry) {
        String key = type.key(id);
        records.put(key, new CatalogueRecord(type, key, entry));
    }

    /** The keys of every entity of every stored version: what the topic may hold from before this start. */
    private Set<String> everPublishedKeys() {
        Set<String> keys = new HashSet<>();
        for (StoredVersion version : organisations.versions()) {
            Organisation organisation = version.organisation();
            organisation.regions().forEach(region -> keys.add(CatalogueEntryType.REGION.key(region.id())));
            organisation.stores().forEach(store -> keys.add(CatalogueEntryType.STORE.key(store.id())));
            organisation.categories().forEach(category -> keys.add(CatalogueEntryType.CATEGORY.key(category.id())));
            organisation.staff().forEach(person -> keys.add(CatalogueEntryType.STAFF.key(person.id())));
        }
        return keys;
    }
}

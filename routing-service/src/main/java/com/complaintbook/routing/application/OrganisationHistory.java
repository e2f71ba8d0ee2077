package com.complaintbook.routing.application;

import com.complaintbook.routing.domain.OrganisationVersion;
import com.complaintbook.routing.domain.SlaPolicy;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The organisation's versions, indexed for routing, so that deciding an event reads nothing from the
 * store in the usual case. New versions are read after each import on this instance, at each refresh,
 * and before a batch of events when the store's highest number moved (so another replica's import is
 * not missed for long).
 *
 * <p>Which version is in force at a moment: <em>the highest-numbered version whose
 * {@code effectiveFrom} is at or before it</em>, so a later import supersedes an earlier one scheduled
 * for the future; an event older than every version is decided by the one effective first.
 *
 * <p>Memory stays bounded however many versions accumulate: every version's number and
 * {@code effectiveFrom} are held, but documents only for the versions that can be in force from now on
 * (the one in force and every higher number) and a few earlier ones; an older one a late event needs is
 * read again from the store. A stored version this release cannot read is skipped, counted and logged,
 * never allowed to stop the others from loading.
 */
public class OrganisationHistory {

    private static final Logger log = LoggerFactory.getLogger(OrganisationHistory.class);

    /** Versions before the one in force kept in memory for late events, the most recently used first. */
    static final int EARLIER_KEPT = 4;

    private final OrganisationStore store;
    private final Function<OrganisationVersion, SlaPolicy> slaPolicies;
    private final Clock clock;
    private final RoutingMetrics metrics;
    private final Duration checkEvery;
    private final Map<Long, EffectiveOrganisation> earlier = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, EffectiveOrganisation> eldest) {
            return size() > EARLIER_KEPT;
        }
    };
    private volatile Index index = Index.EMPTY;
    private volatile Instant lastChecked = Instant.MIN;
    private volatile boolean lastReloadFailed;

    /** With the system clock, its own meters and a check at most every second: for tests and tools. */
    public OrganisationHistory(OrganisationStore store, Function<OrganisationVersion, SlaPolicy> slaPolicies) {
        this(store, slaPolicies, Clock.systemUTC(), new RoutingMetrics(new SimpleMeterRegistry()),
                Duration.ofSeconds(1));
    }

    /**
     * @param slaPolicies the review periods of a version: its business calendars, or calendar-time
     *                    overrides when they are configured
     * @param checkEvery  how long a look at the store's highest number stays fresh before a batch
     */
    public OrganisationHistory(OrganisationStore store, Function<OrganisationVersion, SlaPolicy> slaPolicies,
                               Clock clock, RoutingMetrics metrics, Duration checkEvery) {
        this.store = store;
        this.slaPolicies = slaPolicies;
        this.clock = clock;
        this.metrics = metrics;
        this.checkEvery = checkEvery;
    }

    /**
     * Reads the versions added since the last reload (headers only, documents of new versions only) and
     * lets go of documents no longer needed.
     *
     * @return whether any version was new
     */
    public synchronized boolean reload() {
        try {
            Instant now = clock.instant();
            Index current = index;
            List<VersionHeader> added = store.headersAbove(current.highestKnown());
            List<VersionHeader> headers = new ArrayList<>(current.headers());
            Map<Long, EffectiveOrganisation> loaded = new HashMap<>(current.retained());
            long highest = current.highestKnown();
            for (VersionHeader header : added) {
                highest = Math.max(highest, header.version());
                Optional<EffectiveOrganisation> readable = read(header.version());
                if (readable.isPresent()) {
                    headers.add(header);
                    loaded.put(header.version(), readable.get());
                }
            }
            index = retain(headers, loaded, highest, now);
            lastChecked = now;
            lastReloadFailed = false;
            return !added.isEmpty();
        } catch (RuntimeException failed) {
            lastReloadFailed = true;
            throw failed;
        }
    }

    /**
     * Before deciding a batch: when the last look at the store is older than {@code checkEvery}, asks
     * the store for its highest number alone, and reloads when it is one this instance does not know.
     */
    public void refreshIfStale() {
        Instant now = clock.instant();
        if (now.isBefore(lastChecked.plus(checkEvery))) {
            return;
        }
        Optional<Long> latest = store.latestNumber();
        if (latest.isPresent() && latest.get() > index.highestKnown()) {
            reload();
        } else {
            lastChecked = now;
            // Nothing above what is held: whatever the last reload missed, nothing is missing now.
            lastReloadFailed = false;
        }
    }

    /** Whether the last reload failed: what this instance decides by may be out of date. */
    public boolean lastReloadFailed() {
        return lastReloadFailed;
    }

    public boolean isEmpty() {
        return index.headers().isEmpty();
    }

    /**
     * The version in force at {@code moment} (see the class comment).
     *
     * @throws NoOrganisationException while there is no version
     */
    public EffectiveOrganisation at(Instant moment) {
        Index current = index;
        if (current.headers().isEmpty()) {
            throw new NoOrganisationException();
        }
        long number = inForce(current.headers(), moment);
        EffectiveOrganisation retained = current.retained().get(number);
        return retained != null ? retained : earlier(number);
    }

    /** The version with the highest number, whether or not it is in force yet. */
    public Optional<EffectiveOrganisation> latest() {
        Index current = index;
        return current.headers().stream().map(VersionHeader::version).max(Long::compare)
                .map(number -> current.retained().get(number));
    }

    public Optional<EffectiveOrganisation> version(long number) {
        Index current = index;
        if (current.headers().stream().noneMatch(header -> header.version() == number)) {
            return Optional.empty();
        }
        EffectiveOrganisation retained = current.retained().get(number);
        return Optional.of(retained != null ? retained : earlier(number));
    }

    /** Every readable version, by number; those not held in memory are read from the store. */
    public List<StoredVersion> versions() {
        Index current = index;
        List<StoredVersion> versions = new ArrayList<>();
        for (VersionHeader header : current.headers()) {
            EffectiveOrganisation retained = current.retained().get(header.version());
            if (retained != null) {
                versions.add(retained.stored());
            } else {
                store.version(header.version()).ifPresent(versions::add);
            }
        }
        versions.sort(Comparator.comparingLong(StoredVersion::version));
        return versions;
    }

    /** How many versions' documents are held in memory now. */
    int documentsHeld() {
        synchronized (earlier) {
            return index.retained().size() + earlier.size();
        }
    }

    /** The highest-numbered version effective at {@code moment}; before all, the first to take effect. */
    private static long inForce(List<VersionHeader> headers, Instant moment) {
        return headers.stream().filter(header -> !header.effectiveFrom().isAfter(moment))
                .map(VersionHeader::version).max(Long::compare)
                .orElseGet(() -> headers.stream()
                        .min(Comparator.comparing(VersionHeader::effectiveFrom)
                                .thenComparing(VersionHeader::version, Comparator.reverseOrder()))
                        .orElseThrow().version());
    }

    /** Keeps the documents of the version in force now and every higher number; earlier ones move to the bounded cache. */
    private Index retain(List<VersionHeader> headers, Map<Long, EffectiveOrganisation> loaded, long highest,
                         Instant now) {
        if (headers.isEmpty()) {
            return new Index(List.of(), Map.of(), highest);
        }
        long inForceNow = inForce(headers, now);
        Map<Long, EffectiveOrganisation> retained = new HashMap<>();
        loaded.forEach((number, version) -> {
            if (number >= inForceNow) {
                retained.put(number, version);
            } else {
                synchronized (earlier) {
                    earlier.put(number, version);
                }
            }
        });
        return new Index(List.copyOf(headers), Map.copyOf(retained), highest);
    }

    /** A version before the one in force, for a late event: from the cache, else read again. */
    private EffectiveOrganisation earlier(long number) {
        synchronized (earlier) {
            EffectiveOrganisation cached = earlier.get(number);
            if (cached != null) {
                return cached;
            }
            EffectiveOrganisation read = read(number).orElseThrow(() -> new IllegalStateException(
                    "Organisation version " + number + " was readable and is not any more"));
            earlier.put(number, read);
            return read;
        }
    }

    /**
     * One version ready to route with, or empty when this release cannot read or index it (counted and
     * logged). A failure to reach the store passes on: the version is read again at the next reload.
     */
    private Optional<EffectiveOrganisation> read(long number) {
        Optional<StoredVersion> stored;
        try {
            stored = store.version(number);
        } catch (UnreadableVersionException unreadable) {
            skip(number, unreadable);
            return Optional.empty();
        }
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        try {
            OrganisationVersion version = OrganisationVersion.accepted(number, stored.get().organisation());
            return Optional.of(new EffectiveOrganisation(stored.get(), version, slaPolicies.apply(version)));
        } catch (RuntimeException unusable) {
            skip(number, unusable);
            return Optional.empty();
        }
    }

    private void skip(long number, RuntimeException why) {
        metrics.versionUnreadable();
        log.atWarn()
                .addKeyValue("version", number)
                .addKeyValue("error", why.toString())
                .log("Skipping an organisation version this release cannot read; the versions around it still route");
    }

    /**
     * @param headers     every readable version, by number
     * @param retained    documents of the version in force at the last reload and every higher number
     * @param highestKnown the highest number seen, readable or not
     */
    private record Index(List<VersionHeader> headers, Map<Long, EffectiveOrganisation> retained,
                         long highestKnown) {
        static final Index EMPTY = new Index(List.of(), Map.of(), 0);
    }
}

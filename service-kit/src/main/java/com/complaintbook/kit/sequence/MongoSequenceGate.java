package com.complaintbook.kit.sequence;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The {@link SequenceGate} on the service's own MongoDB (collections {@value MongoSequenceStore#POSITIONS}
 * and {@value MongoSequenceStore#HELD}).
 *
 * <p>Gauges, tagged {@code group}: {@value #HELD_GAUGE}, the records held, and {@value #AGE_GAUGE},
 * how long the oldest has waited (0 when none). Both are read from MongoDB in the background when a
 * scrape finds them older than {@link #SNAPSHOT_MAX_AGE} or something was held or let go since, so a
 * scrape never waits on the database (it shows the values one refresh late); they are the same on
 * every instance of the service: alert on their maximum. The counter {@value #GAPS_COUNTER} counts
 * records newly held; each is logged at WARN with the complaint, the sequence expected and the one
 * received. The same background refresh lets go of held copies their complaint has moved past
 * (applied after all, but not released), so that the gauges never count what nobody waits for.
 */
public final class MongoSequenceGate implements SequenceGate, DisposableBean {

    public static final String HELD_GAUGE = "complaintbook.events.held";
    public static final String AGE_GAUGE = "complaintbook.events.held.oldest.age";
    public static final String GAPS_COUNTER = "complaintbook.events.gaps";
    static final Duration SNAPSHOT_MAX_AGE = Duration.ofSeconds(10);
    /** Held copies looked at per refresh for having been overtaken; more than this held is an incident anyway. */
    private static final int OVERTAKEN_CHECKED = 1000;

    private static final Logger log = LoggerFactory.getLogger(MongoSequenceGate.class);

    private final MongoSequenceStore store;
    private final StreamPositions fallback;
    private final String group;
    private final Clock clock;
    private final Counter gaps;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>(Snapshot.NONE);
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private final ExecutorService refresher = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "held-events-gauge");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param fallback how far the consumer's own state says a stream is applied, for streams the gate
     *                 has not seen yet
     * @param group    the consumer group, for logs and meters
     */
    public MongoSequenceGate(MongoTemplate mongo, StreamPositions fallback, String group, Clock clock, MeterRegistry meters) {
        this.store = new MongoSequenceStore(mongo);
        this.fallback = fallback;
        this.group = group;
        this.clock = clock;
        this.gaps = Counter.builder(GAPS_COUNTER)
                .description("Records held because their predecessor in the stream had not been applied")
                .tag("group", group)
                .register(meters);
        Gauge.builder(HELD_GAUGE, this, gate -> gate.current().held())
                .description("Records held until their predecessor is applied")
                .tag("group", group)
                .register(meters);
        Gauge.builder(AGE_GAUGE, this, MongoSequenceGate::oldestAgeSeconds)
                .description("How long the oldest held record has waited for its predecessor; 0 when none")
                .tag("group", group)
                .baseUnit("seconds")
                .register(meters);
    }

    @Override
    public List<Admission> admit(List<SequencedRecord> records) {
        SequenceCheck check = new SequenceCheck(positions(streamsOf(records)));
        List<Admission> admissions = new ArrayList<>(records.size());
        List<HeldRecord> toHold = new ArrayList<>();
        Instant now = clock.instant();
        for (SequencedRecord record : records) {
            Admission admission = check.admit(record);
            admissions.add(admission);
            if (admission == Admission.HELD) {
                toHold.add(new HeldRecord(record, check.expected(record.stream()), now));
            }
        }
        for (HeldRecord held : store.hold(toHold)) {
            gaps.increment();
            log.atWarn()
                    .addKeyValue("complaintId", held.record().stream())
                    .addKeyValue("expectedSequence", held.expected())
                    .addKeyValue("receivedSequence", held.record().sequence())
                    .addKeyValue("group", group)
                    .log("Event held: an earlier event of its complaint has not arrived; it is applied once that one is");
        }
        if (!toHold.isEmpty()) {
            snapshot.updateAndGet(Snapshot::stale);
        }
        return admissions;
    }

    @Override
    public void applied(List<SequencedRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        Map<String, Long> highest = new HashMap<>();
        records.forEach(record -> highest.merge(record.stream(), record.sequence(), Math::max));
        store.advance(highest);
        store.release(records.stream().map(SequencedRecord::heldId).toList());
        snapshot.updateAndGet(Snapshot::stale);
    }

    @Override
    public List<SequencedRecord> nextHeld(Collection<String> streams) {
        Set<String> distinct = new LinkedHashSet<>(streams);
        Map<String, Long> positions = positions(distinct);
        List<String> ids = distinct.stream()
                .map(stream -> stream + ":" + (positions.getOrDefault(stream, SequenceCheck.NOTHING_APPLIED) + 1))
                .toList();
        List<SequencedRecord> next = store.held(ids);
        next.forEach(record -> log.atInfo()
                .addKeyValue("complaintId", record.stream())
                .addKeyValue("sequence", record.sequence())
                .addKeyValue("group", group)
                .log("Held event is next in line again; applying it"));
        return next;
    }

    @Override
    public void destroy() {
        refresher.shutdownNow();
    }

    private Map<String, Long> positions(Set<String> streams) {
        Map<String, Long> positions = new HashMap<>(store.positions(streams));
        Set<String> unknown = new HashSet<>(streams);
        unknown.removeAll(positions.keySet());
        if (!unknown.isEmpty()) {
            fallback.lastApplied(unknown).forEach((stream, applied) -> {
                if (unknown.contains(stream)) {
                    positions.put(stream, applied);
                }
            });
        }
        return positions;
    }

    private static Set<String> streamsOf(List<SequencedRecord> records) {
        Set<String> streams = new HashSet<>();
        records.forEach(record -> streams.add(record.stream()));
        return streams;
    }

    private double oldestAgeSeconds() {
        Instant oldest = current().oldestHeldAt();
        if (oldest == null) {
            return 0;
        }
        Duration waited = Duration.between(oldest, clock.instant());
        return waited.isNegative() ? 0 : waited.toMillis() / 1000.0;
    }

    /** The last snapshot taken, starting a fresh one in the background when it is stale. */
    private Snapshot current() {
        Snapshot last = snapshot.get();
        if (last.isOlderThan(SNAPSHOT_MAX_AGE, clock.instant()) && refreshing.compareAndSet(false, true)) {
            try {
                refresher.execute(this::refresh);
            } catch (RuntimeException shutDown) {
                refreshing.set(false);
            }
        }
        return last;
    }

    private void refresh() {
        try {
            long overtaken = store.releaseOvertaken(OVERTAKEN_CHECKED);
            if (overtaken > 0) {
                log.atInfo().addKeyValue("group", group).addKeyValue("released", overtaken)
                        .log("Let go of held events whose complaint has moved past them");
            }
            Instant takenAt = clock.instant();
            snapshot.set(new Snapshot(store.countHeld(), store.oldestHeldAt().orElse(null), takenAt));
        } catch (RuntimeException unreachable) {
            // MongoDB away: the gauges keep their last values, and readiness already says so.
            log.debug("Could not count held events", unreachable);
        } finally {
            refreshing.set(false);
        }
    }

    /** What {@value MongoSequenceStore#HELD} held when last looked at; {@code takenAt} null: never. */
    private record Snapshot(long held, Instant oldestHeldAt, Instant takenAt) {

        static final Snapshot NONE = new Snapshot(0, null, null);

        /** The same values, to be looked at again on the next read: something may have been held or let go. */
        Snapshot stale() {
            return new Snapshot(held, oldestHeldAt, null);
        }

        boolean isOlderThan(Duration maxAge, Instant now) {
            return takenAt == null || takenAt.plus(maxAge).isBefore(now);
        }
    }
}

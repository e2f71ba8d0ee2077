package com.complaintbook.intake.publishing.adapters.out.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Where the publisher stands against the head of the event store: how many stored events are not
 * on the topic yet, and how long the oldest of them has waited. Read from the token store, so every
 * intake instance tells the same, whichever of them holds the publisher's claim.
 *
 * <p>{@link #check()} runs on a schedule; health indicators and metrics read its last result and
 * never query the database themselves.
 */
public class PublicationMonitor {

    private static final Logger log = LoggerFactory.getLogger(PublicationMonitor.class);

    private final JdbcClient jdbc;
    private final Serializer serializer;
    private final Supplier<Optional<TrackingEventProcessor>> processor;
    private final String nodeId;
    private final Clock clock;
    private final Counter restarts;
    private volatile Status status;
    private Instant stoppedSince;

    public PublicationMonitor(JdbcClient jdbc, Serializer serializer,
                              Supplier<Optional<TrackingEventProcessor>> processor, String nodeId, Clock clock,
                              MeterRegistry meters) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.processor = processor;
        this.nodeId = nodeId;
        this.clock = clock;
        this.status = Status.unknown(clock.instant());
        Gauge.builder("complaintbook.intake.publication.behind", () -> status.behind())
                .description("Stored events not yet on the events topic")
                .register(meters);
        TimeGauge.builder("complaintbook.intake.publication.oldest.unpublished.age", () -> status.oldestUnpublishedAge().toMillis(),
                        TimeUnit.MILLISECONDS)
                .description("How long the oldest stored event not yet on the events topic has waited; 0 when none waits")
                .register(meters);
        Gauge.builder("complaintbook.intake.publication.running", () -> isRunningHere() ? 1 : 0)
                .description("1 while this instance's publisher runs (whether or not it holds the claim)")
                .register(meters);
        Gauge.builder("complaintbook.intake.publication.claimed", () -> status.claimedHere() ? 1 : 0)
                .description("1 on the instance that holds the publisher's claim")
                .register(meters);
        restarts = Counter.builder("complaintbook.intake.publication.restarts")
                .description("Times this instance's publisher was found stopped and started again")
                .register(meters);
    }

    /**
     * Starts this instance's publisher again once it has been found stopped for {@code after}. Axon shuts
     * a processor down for good when its thread is interrupted (its unit-of-work timeout interrupts a
     * batch that hangs), and an instance whose publisher stopped would otherwise publish nothing until
     * it is restarted, with one instance nothing at all. Only a publisher stopped that long is started:
     * the moments before Axon starts its processors, or while the application shuts down, are far shorter.
     */
    public void restartIfStopped(Duration after) {
        Optional<TrackingEventProcessor> publisher = processor.get();
        if (publisher.isEmpty() || publisher.get().isRunning()) {
            stoppedSince = null;
            return;
        }
        Instant now = clock.instant();
        if (stoppedSince == null) {
            stoppedSince = now;
        }
        if (Duration.between(stoppedSince, now).compareTo(after) >= 0) {
            log.atWarn().addKeyValue("stoppedSince", stoppedSince)
                    .log("The publisher was found stopped; starting it again");
            restarts.increment();
            stoppedSince = null;
            try {
                publisher.get().start();
            } catch (RuntimeException notStarted) {
                // A failure here must not end the schedule: the next check tries again.
                log.atWarn().addKeyValue("error", notStarted.toString()).log("The publisher could not be started again");
            }
        }
    }

    /**
     * What the last check saw.
     *
     * @param checkedAt           when the store was read; stale if the store could not be read since
     * @param readable            whether the last attempt to read the store succeeded
     * @param behind              stored events the publisher has not passed yet
     * @param oldestUnpublishedAge how long the first of them has waited
     * @param claimedHere         whether this instance holds the publisher's claim
     * @param failingHere         whether this instance's publisher is retrying a failure (e.g. the broker is away)
     * @param position            the publisher's position in the store; -1 before its first event
     * @param progressAt          when the position last moved, or nothing was left to publish
     */
    public record Status(Instant checkedAt, boolean readable, long behind, Duration oldestUnpublishedAge,
                         boolean claimedHere, boolean failingHere, long position, Instant progressAt) {

        static Status unknown(Instant now) {
            return new Status(now, false, 0, Duration.ZERO, false, false, -1, now);
        }
    }

    public Status status() {
        return status;
    }

    public boolean isRunningHere() {
        return processor.get().map(TrackingEventProcessor::isRunning).orElse(false);
    }

    /** Reads the publisher's position and the store's head; a failure leaves the last result to age. */
    public void check() {
        Instant now = clock.instant();
        try {
            Optional<StoredToken> token = jdbc.sql("""
                            SELECT token, token_type, owner FROM token_entry
                            WHERE processor_name = ? AND segment = 0""")
                    .param(ComplaintEventPublisher.PROCESSING_GROUP)
                    .query((row, number) -> new StoredToken(row.getBytes("token"), row.getString("token_type"),
                            row.getString("owner")))
                    .optional();
            long index = -1;
            SortedSet<Long> gaps = new TreeSet<>();
            if (token.isPresent() && token.get().bytes() != null) {
                TrackingToken position = serializer.deserialize(new SimpleSerializedObject<>(token.get().bytes(),
                        byte[].class, token.get().type(), null));
                if (position instanceof GapAwareTrackingToken gapAware) {
                    index = gapAware.getIndex();
                    gaps = gapAware.getGaps();
                } else {
                    index = position.position().orElse(-1);
                }
            }
            long behind = jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE global_index > ?")
                    .param(index).query(Long.class).single()
                    + countFilledGaps(gaps);
            Optional<Instant> oldest = oldestUnpublished(index, gaps);
            boolean claimedHere = token.map(stored -> nodeId.equals(stored.owner())).orElse(false);
            boolean failingHere = processor.get().map(running -> running.processingStatus().values().stream()
                    .anyMatch(segment -> segment.isErrorState())).orElse(false);
            Status last = status;
            Instant progressAt = behind == 0 || index != last.position() ? now : last.progressAt();
            status = new Status(now, true, behind,
                    oldest.map(stamp -> Duration.between(stamp, now)).filter(age -> !age.isNegative()).orElse(Duration.ZERO),
                    claimedHere, failingHere, index, progressAt);
        } catch (RuntimeException unreadable) {
            log.warn("Could not read the publisher's position from the event store: {}", unreadable.toString());
            Status last = status;
            status = new Status(last.checkedAt(), false, last.behind(), last.oldestUnpublishedAge(), last.claimedHere(),
                    last.failingHere(), last.position(), last.progressAt());
        }
    }

    private long countFilledGaps(SortedSet<Long> gaps) {
        if (gaps.isEmpty()) {
            return 0;
        }
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE global_index IN (:gaps)")
                .param("gaps", List.copyOf(gaps)).query(Long.class).single();
    }

    private Optional<Instant> oldestUnpublished(long index, SortedSet<Long> gaps) {
        Optional<Instant> next = jdbc.sql("""
                        SELECT time_stamp FROM domain_event_entry WHERE global_index > ?
                        ORDER BY global_index LIMIT 1""")
                .param(index).query(String.class).optional().map(Instant::parse);
        if (gaps.isEmpty()) {
            return next;
        }
        Optional<Instant> inGap = jdbc.sql("SELECT time_stamp FROM domain_event_entry WHERE global_index IN (:gaps)")
                .param("gaps", List.copyOf(gaps)).query(String.class).list().stream()
                .map(Instant::parse).min(Instant::compareTo);
        return next.isEmpty() ? inGap : inGap.filter(stamp -> stamp.isBefore(next.get())).or(() -> next);
    }

    private record StoredToken(byte[] bytes, String type, String owner) {
    }
}

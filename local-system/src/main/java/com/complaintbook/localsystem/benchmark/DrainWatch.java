package com.complaintbook.localsystem.benchmark;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * Follows the accepted complaints through the pipeline once the load has ended, from what the
 * services themselves report: reporting's status counts show each complaint once it is visible, and
 * out of {@code SUBMITTED} once routing's assignment has come back through intake; notification
 * counts the acknowledgements it has handed to the mail relay. The counts start from zero because
 * the run's data folder is new. Kafka's offsets add whether every consumer group has read
 * everything, which covers the work no count shows (employees' letters, deadlines).
 */
final class DrainWatch {

    static final String ACKNOWLEDGEMENTS = "complaintbook_notification_messages_sent_total";
    static final Map<String, String> RECEIVED = Map.of("purpose", "complaint-received");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Duration PROGRESS = Duration.ofSeconds(10);

    private final Scraper scraper;
    private final URI reporting;
    private final String reportingToken;
    private final URI notification;
    private final ConsumerLag consumerLag;
    private final PrintStream progress;

    /** @param reportingToken a staff token reporting lets read its counts (role analyst) */
    DrainWatch(Scraper scraper, URI reporting, String reportingToken, URI notification, ConsumerLag consumerLag,
               PrintStream progress) {
        this.scraper = scraper;
        this.reporting = reporting;
        this.reportingToken = reportingToken;
        this.notification = notification;
        this.consumerLag = consumerLag;
        this.progress = progress;
    }

    DrainResult await(long target, long loadEndedNanos, Duration timeout, BooleanSupplier stopping)
            throws InterruptedException {
        DrainStage assigned = DrainStage.named("assigned (reporting: past SUBMITTED)");
        DrainStage visible = DrainStage.named("visible in reporting");
        DrainStage acknowledged = DrainStage.named("acknowledged by mail (notification)");
        DrainStage consumers = DrainStage.named("every consumer group caught up (records)");
        long nextProgress = System.nanoTime() + PROGRESS.toNanos();
        while (true) {
            Duration since = Duration.ofNanos(System.nanoTime() - loadEndedNanos);
            Optional<Map<String, Long>> counts = statusCounts();
            if (counts.isPresent()) {
                long total = counts.get().values().stream().mapToLong(Long::longValue).sum();
                visible = visible.seen(total, target, since);
                assigned = assigned.seen(total - counts.get().getOrDefault("SUBMITTED", 0L), target, since);
            }
            OptionalLong acks = acknowledgements();
            if (acks.isPresent()) {
                acknowledged = acknowledged.seen(acks.getAsLong(), target, since);
            }
            Optional<ConsumerLag.Position> position = consumerPosition();
            if (position.isPresent()) {
                consumers = consumers.seen(position.get().consumed(), position.get().written(), since);
            }
            List<DrainStage> stages = List.of(assigned, visible, acknowledged);
            boolean done = consumers.reached() && stages.stream().allMatch(DrainStage::reached);
            if (done || stopping.getAsBoolean() || since.compareTo(timeout) >= 0) {
                return new DrainResult(target, stages, consumers, since);
            }
            if (System.nanoTime() - nextProgress >= 0) {
                nextProgress += PROGRESS.toNanos();
                progress.printf("  drain %s: assigned %d, visible %d, acknowledged %d of %d; consumers behind by %d records%n",
                        DurationText.format(since), assigned.count(), visible.count(), acknowledged.count(), target,
                        consumers.target() - consumers.count());
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    /** Every watched group's position added up: caught up when what was consumed equals what was written. */
    private Optional<ConsumerLag.Position> consumerPosition() throws InterruptedException {
        try {
            long consumed = 0;
            long written = 0;
            for (ConsumerLag.Position position : consumerLag.read().values()) {
                consumed += position.consumed();
                written += position.written();
            }
            return Optional.of(new ConsumerLag.Position(consumed, written));
        } catch (ExecutionException | TimeoutException | RuntimeException unanswered) {
            return Optional.empty();
        }
    }

    private Optional<Map<String, Long>> statusCounts() {
        return scraper.get(reporting.resolve("/api/v1/reports/status-counts"), reportingToken).flatMap(DrainWatch::counts);
    }

    static Optional<Map<String, Long>> counts(String json) {
        try {
            JsonNode counts = JSON.readTree(json);
            Map<String, Long> byStatus = new LinkedHashMap<>();
            counts.properties().forEach(entry -> byStatus.put(entry.getKey(), entry.getValue().asLong()));
            return Optional.of(byStatus);
        } catch (JacksonException unreadable) {
            return Optional.empty();
        }
    }

    private OptionalLong acknowledgements() {
        return scraper.metrics(notification)
                .map(metrics -> metrics.sum(ACKNOWLEDGEMENTS, RECEIVED))
                .filter(sum -> sum.isPresent())
                .map(sum -> OptionalLong.of((long) sum.getAsDouble()))
                .orElse(OptionalLong.empty());
    }
}

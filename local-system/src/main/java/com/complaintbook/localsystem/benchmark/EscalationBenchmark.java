package com.complaintbook.localsystem.benchmark;

import com.complaintbook.localsystem.LocalSystemSettings;
import com.complaintbook.localsystem.StandaloneService;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * One run of the escalation benchmark, in order: the broker, MongoDB and the identity provider;
 * the topics intake would have declared; escalation-service; the submissions, read; the assignments
 * with their deadlines, read; then every {@code EscalateComplaint} as its deadline passes, until each
 * deadline has had one or the grace after the last deadline is over; the report. Memory is sampled
 * every second throughout. {@link #close()} stops everything it started, whether the run ended,
 * failed or was interrupted, and throws the data away, keeping the logs.
 *
 * <p>The submissions are published and read before the assignments: the window is counted from
 * the assignments' publication, so that the time the service spends on the submissions (which
 * give it nothing to schedule) does not eat into it.
 */
final class EscalationBenchmark implements AutoCloseable {

    static final String ESCALATION = "escalation-service";
    static final String LATENESS = "complaintbook_escalation_lateness_seconds";
    /** As many as intake declares the events and commands topics with by default. */
    static final int PARTITIONS = 3;
    private static final String THIS_JVM = "launcher (publisher, MongoDB)";
    private static final ConsumerLag.Subscription READER =
            new ConsumerLag.Subscription(ESCALATION, KafkaTopics.COMPLAINT_EVENTS);
    /** After the last escalation, how long to keep reading for copies of it. */
    private static final Duration DUPLICATES_WATCH = Duration.ofSeconds(15);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(15);
    /** Every command read, kept with the logs. */
    static final String COMMANDS_CSV = "commands.csv";

    private final EscalationOptions options;
    private final LocalSystemSettings settings;
    private final PrintStream out;
    private final Scraper scraper = new Scraper();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final ScheduledExecutorService sampling = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "benchmark-sampling");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean stopping;
    private StandaloneService system;
    private Admin admin;
    private KafkaProducer<String, String> producer;
    private CommandWatch watch;

    EscalationBenchmark(EscalationOptions options, LocalSystemSettings settings, PrintStream out) {
        this.options = options;
        this.settings = settings;
        this.out = out;
    }

    void run() throws IOException, InterruptedException, ExecutionException, TimeoutException {
        out.printf("Complaint Book escalation benchmark: %s.%n", options.describe());
        out.printf("Machine: %d CPUs, Java %s, load average %s before starting. escalation-service's JVM: %s.%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), Benchmark.loadAverage(),
                settings.serviceJvm());
        out.printf("Throwaway data in %s (MongoDB: in memory, in this JVM).%n", settings.dataDirectory());
        long starting = System.nanoTime();
        synchronized (this) {
            if (stopping) {
                return;
            }
            system = new StandaloneService(settings, ESCALATION);
        }
        system.startInfrastructure();
        synchronized (this) {
            if (stopping) {
                return;
            }
            admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrapServers()));
            createTopics();
            watch = new CommandWatch(settings.kafkaBootstrapServers(), KafkaTopics.COMPLAINT_COMMANDS,
                    settings.logDirectory().resolve(COMMANDS_CSV));
            watch.start();
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrapServers(),
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    // As intake's publisher writes: every record acknowledged by the broker, no duplicates.
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.LINGER_MS_CONFIG, 5,
                    ProducerConfig.BATCH_SIZE_CONFIG, 128 * 1024));
        }
        system.startService();
        out.printf("Kafka, MongoDB, the identity provider and escalation-service ready in %s.%n",
                DurationText.format(Duration.ofNanos(System.nanoTime() - starting)));

        ConsumerLag lag = new ConsumerLag(admin, List.of(READER));
        ResourceSampler resources = startSampling(lag);
        List<String> complaintIds = DeadlinePlan.newComplaintIds(options.deadlines());

        // The submissions' plan names the complaints and dates each submission a day before its assignment
        // will be, whatever the period; the assignments' plan, with the deadlines, is made once they are read.
        DeadlineEvents submissions = new DeadlineEvents(new DeadlinePlan(complaintIds, Instant.now(), options.window(),
                Duration.ofDays(1).plus(options.reviewPeriod().orElse(Duration.ZERO)), options.warnAt()));
        Optional<Reading> submissionsRead = publishAndAwaitRead("submissions (ComplaintSubmitted, sequence 0)",
                submissions::submitted, complaintIds, complaintIds.size());
        if (submissionsRead.isEmpty()) {
            out.println("Interrupted: no report.");
            return;
        }
        Reading submitted = submissionsRead.get();

        Duration windowStart = options.windowStart(submitted.published().plus(submitted.readAfter()));
        Instant published = Instant.now();
        DeadlinePlan plan = plan(complaintIds, published, windowStart);
        watch.follow(plan);
        resources.markCpu();
        out.printf("Deadlines from %s to %s (UTC), the first %s from now; warning points from %s to %s.%n",
                plan.firstDeadline(), plan.lastDeadline(), DurationText.format(windowStart), plan.warningPoint(0),
                plan.warningPoint(plan.size() - 1));
        Optional<Reading> assignmentsRead = publishAndAwaitRead("assignments (ComplaintAssigned, sequence 1)",
                new DeadlineEvents(plan)::assigned, complaintIds, 2L * complaintIds.size());
        if (assignmentsRead.isEmpty()) {
            out.println("Interrupted: no report.");
            return;
        }
        Reading assigned = assignmentsRead.get();
        Instant readAll = published.plus(assigned.published()).plus(assigned.readAfter());
        boolean readInTime = readAll.isBefore(plan.firstDeadline());
        if (!readInTime) {
            out.printf("!! escalation-service read the last assignment %s after the first deadline: the first deadlines' "
                            + "lateness measures reading, not timers. Give a later --window-start.%n",
                    DurationText.format(Duration.between(plan.firstDeadline(), readAll)));
        }

        awaitEscalations(plan, published, resources);
        if (stopping) {
            out.println("Interrupted: no report.");
            return;
        }

        sampling.shutdownNow();
        sampling.awaitTermination(10, TimeUnit.SECONDS);
        resources.sampleMemory();
        CommandTally tally = watch.tally();
        Optional<PrometheusText> metrics = scraper.metrics(system.serviceUri());
        out.printf("%nLoad average at the end (1, 5, 15 minutes): %s%n", Benchmark.loadAverage());
        new EscalationReport(out).print(new EscalationFigures(options, windowStart, published, submitted, assigned, readInTime,
                readAll, tally.summary(CommandWatch.ESCALATE, complaintIds),
                tally.latenessDueFrom(CommandWatch.ESCALATE, readAll.toEpochMilli()),
                tally.summary(CommandWatch.WARN, complaintIds),
                tally.latenessDueFrom(CommandWatch.WARN, readAll.toEpochMilli()),
                tally.records(), watch.unreadable(), watch.deadlineMismatches(), watch.timestampType(), metrics,
                resources, LogScan.scan(settings.logDirectory()), settings.logDirectory()));
    }

    private DeadlinePlan plan(List<String> complaintIds, Instant published, Duration windowStart) {
        return new DeadlinePlan(complaintIds, published.plus(windowStart), options.window(),
                options.reviewPeriod(windowStart), options.warnAt());
    }

    /**
     * The events and commands topics, as intake declares them when the whole system runs: the
     * broker creates no topic on its own, and escalation declares only its dead-letter topic.
     */
    private void createTopics() throws InterruptedException, ExecutionException, TimeoutException {
        admin.createTopics(List.of(
                new NewTopic(KafkaTopics.COMPLAINT_EVENTS, PARTITIONS, (short) 1),
                new NewTopic(KafkaTopics.COMPLAINT_COMMANDS, PARTITIONS, (short) 1))).all().get(30, TimeUnit.SECONDS);
    }

    private ResourceSampler startSampling(ConsumerLag lag) {
        List<WatchedProcess> watched = new ArrayList<>();
        watched.add(WatchedProcess.plain(THIS_JVM, ProcessHandle.current()));
        system.processes().forEach((name, handle) -> watched.add(name.equals(ESCALATION)
                ? new WatchedProcess(name, handle, Optional.of(system.serviceUri()), false, List.of())
                : WatchedProcess.plain(name, handle)));
        ResourceSampler resources = new ResourceSampler(watched, scraper, lag);
        sampling.scheduleWithFixedDelay(() -> {
            try {
                resources.sampleMemory();
            } catch (RuntimeException e) {
                out.println("  (sampling: " + e + ")");
            }
        }, 0, 1, TimeUnit.SECONDS);
        return resources;
    }

    /**
     * How long publishing took, and how long after it escalation had committed every record on the
     * events topic.
     *
     * @param events    records published
     * @param published from the first send to the last acknowledgement
     * @param readAfter from the last acknowledgement until the group's lag was 0
     */
    record Reading(long events, Duration published, Duration readAfter) {
    }

    /**
     * Complaint {@code i}'s event, keyed by its id, for every complaint; then until escalation has read
     * up to {@code writtenInAll}. Empty if the run was stopped meanwhile.
     */
    private Optional<Reading> publishAndAwaitRead(String what, IntFunction<String> event, List<String> complaintIds, long writtenInAll)
            throws InterruptedException {
        int count = complaintIds.size();
        out.printf("Publishing %d %s...%n", count, what);
        long start = System.nanoTime();
        AtomicLong failed = new AtomicLong();
        AtomicReference<Exception> firstFailure = new AtomicReference<>();
        for (int i = 0; i < count && !stopping; i++) {
            String value = event.apply(i);

            producer.send(new ProducerRecord<>(KafkaTopics.COMPLAINT_EVENTS, complaintIds.get(i), value),
                    (metadata, failure) -> {
                        if (failure != null) {
                            failed.incrementAndGet();
                            firstFailure.compareAndSet(null, failure);
                        }
                    });
        }
        producer.flush();
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " records were not accepted by the broker", firstFailure.get());
        }
        Duration published = Duration.ofNanos(System.nanoTime() - start);
        out.printf(Locale.ROOT, "  published in %s (%.0f/s); waiting for escalation-service to read them (at most %s)...%n",
                DurationText.format(published), BenchmarkReport.perSecond(count, published),
                DurationText.format(options.readTimeout()));
        long afterPublished = System.nanoTime();
        Optional<Duration> read = awaitRead(writtenInAll, afterPublished);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Duration readAfter = read.get();
        out.printf(Locale.ROOT, "  read %s after the last was acknowledged (%.0f events/s from the first send)%n",
                DurationText.format(readAfter), BenchmarkReport.perSecond(count, published.plus(readAfter)));
        return Optional.of(new Reading(count, published, readAfter));
    }

    /** Until the group has committed {@code written} records on the events topic; empty if the run was stopped first. */
    private Optional<Duration> awaitRead(long written, long since) throws InterruptedException {
        ConsumerLag lag = new ConsumerLag(admin, List.of(READER));
        long giveUp = since + options.readTimeout().toNanos();
        long nextProgress = System.nanoTime() + PROGRESS_EVERY.toNanos();
        ConsumerLag.Position position = new ConsumerLag.Position(0, 0);
        while (!stopping) {
            try {
                position = lag.read().get(READER);
            } catch (ExecutionException | TimeoutException unanswered) {
                out.println("  (lag: " + unanswered + ")");
            }
            if (position.written() >= written && position.lag() == 0) {
                return Optional.of(Duration.ofNanos(System.nanoTime() - since));
            }
            long now = System.nanoTime();
            if (now - giveUp > 0) {
                throw new IllegalStateException("escalation-service had not read everything after "
                        + DurationText.format(options.readTimeout()) + ": " + position.consumed() + " of "
                        + written + " events committed");
            }
            if (now - nextProgress > 0) {
                out.printf("  %d of %d events read%n", position.consumed(), written);
                nextProgress = now + PROGRESS_EVERY.toNanos();
            }
            Thread.sleep(250);
        }
        return Optional.empty();
    }

    /** Until every complaint has had its escalation (and a little longer, for copies), or the grace is over. */
    private void awaitEscalations(DeadlinePlan plan, Instant published, ResourceSampler resources)
            throws InterruptedException {
        Instant giveUp = plan.lastDeadline().plus(options.grace());
        out.printf("Waiting for %d escalations until the last deadline, %s, plus at most %s...%n", plan.size(),
                plan.lastDeadline(), DurationText.format(options.grace()));
        Instant nextProgress = Instant.now();
        Instant allArrived = null;
        while (!stopping) {
            Instant now = Instant.now();
            CommandTally tally = watch.tally();
            long escalations = tally.distinct(CommandWatch.ESCALATE);
            if (allArrived == null && escalations >= plan.size()) {
                allArrived = now;
                out.printf("  all %d escalations arrived; reading on for %s for copies...%n", plan.size(),
                        DurationText.format(DUPLICATES_WATCH));
            }
            if (allArrived != null && now.isAfter(allArrived.plus(DUPLICATES_WATCH))) {
                return;
            }
            if (now.isAfter(giveUp)) {
                out.printf("  !! %d of %d escalations arrived by the last deadline plus %s%n", escalations, plan.size(),
                        DurationText.format(options.grace()));
                return;
            }
            if (!now.isBefore(nextProgress)) {
                out.printf(Locale.ROOT, "  +%s: %d deadlines passed, %d escalations, %d warnings; escalation's heap %s MiB%n",
                        DurationText.format(Duration.between(published, now)), plan.passedBy(now), escalations, tally.distinct(CommandWatch.WARN),
                        resources.processFigures().get(ESCALATION).heapUsed.last().stream()
                                .mapToObj(bytes -> String.format(Locale.ROOT, "%.0f", bytes / 1024 / 1024))
                                .findFirst().orElse("?"));
                nextProgress = now.plus(PROGRESS_EVERY);
            }
            Thread.sleep(250);
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        StandaloneService startedSystem;
        Admin startedAdmin;
        KafkaProducer<String, String> startedProducer;
        CommandWatch startedWatch;
        synchronized (this) {
            stopping = true;
            startedSystem = system;
            startedAdmin = admin;
            startedProducer = producer;
            startedWatch = watch;
        }
        sampling.shutdownNow();
        if (startedWatch != null) {
            startedWatch.close();
        }
        if (startedProducer != null) {
            startedProducer.close(Duration.ofSeconds(5));
        }
        if (startedAdmin != null) {
            startedAdmin.close(Duration.ofSeconds(5));
        }
        if (startedSystem != null) {
            startedSystem.close();
        }
        ThrowawayData.deleteKeepingLogs(settings, out);
    }
}

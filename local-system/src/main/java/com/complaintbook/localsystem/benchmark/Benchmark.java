package com.complaintbook.localsystem.benchmark;

import com.complaintbook.localsystem.LocalSystem;
import com.complaintbook.localsystem.LocalSystemSettings;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

/**
 * One benchmark run, in order: the system, the reference endpoint, sampling; the reference's load,
 * then intake's; the drain; the report. {@link #close()} stops everything it started, whether the
 * run ended, failed or was interrupted, and throws the data away, keeping the logs.
 */
final class Benchmark implements AutoCloseable {

    static final String SUBMISSIONS = "/api/v1/complaints";
    private static final String THIS_JVM = "launcher (load, MongoDB, SMTP)";
    private static final Pattern TROUBLE = Pattern.compile(".*_(dead_lettered|parked|refused|failed)_total");

    private final BenchmarkOptions options;
    private final LocalSystemSettings settings;
    private final int referencePort;
    private final String classpath;
    private final PrintStream out;
    private final Scraper scraper = new Scraper();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile boolean stopping;
    private volatile RequestAllowance running;
    private LocalSystem system;
    private ReferenceEndpointProcess reference;
    private Admin admin;
    private final ScheduledExecutorService sampling = Executors.newScheduledThreadPool(3, runnable -> {
        Thread thread = new Thread(runnable, "benchmark-sampling");
        thread.setDaemon(true);
        return thread;
    });

    Benchmark(BenchmarkOptions options, LocalSystemSettings settings, int referencePort, String classpath, PrintStream out) {
        this.options = options;
        this.settings = settings;
        this.referencePort = referencePort;
        this.classpath = classpath;
        this.out = out;
    }

    void run() throws IOException, InterruptedException {
        printPlan();
        long starting = System.nanoTime();
        synchronized (this) {
            if (stopping) {
                return;
            }
            system = new LocalSystem(settings);
        }
        system.start();
        out.printf("System ready in %s.%n", DurationText.format(Duration.ofNanos(System.nanoTime() - starting)));

        synchronized (this) {
            if (stopping) {
                return;
            }
            admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrapServers()));
            reference = new ReferenceEndpointProcess(referencePort,
                    settings.logDirectory().resolve(ReferenceEndpointProcess.NAME + ".log"));
        }
        int partitions = KafkaTopics.createReferenceTopic(admin);
        reference.start(settings.serviceJvm(), classpath, settings.kafkaBootstrapServers(), KafkaTopics.REFERENCE);
        out.printf("Reference endpoint ready at %s, writing to %s (%d partitions, as %s).%n", reference.baseUri(),
                KafkaTopics.REFERENCE, partitions, KafkaTopics.COMPLAINT_EVENTS);

        ResourceSampler resources = startSampling();
        LoadTarget referenceTarget = new LoadTarget("reference", reference.baseUri(), SUBMISSIONS);
        LoadTarget intakeTarget = new LoadTarget("intake", system.serviceUri(BenchmarkReport.INTAKE), SUBMISSIONS);

        Measured referenceLoad = measure(referenceTarget);
        long intakeStarted = System.nanoTime();
        resources.markCpu();
        Measured intakeLoad = measure(intakeTarget);
        Optional<PacedResult> paced = options.paced()
                ? Optional.of(pace(intakeTarget, options.pacedRate(intakeLoad.result().acceptedPerSecond())))
                : Optional.empty();
        long loadEnded = System.nanoTime();

        long accepted = intakeLoad.warmupAccepted() + intakeLoad.result().accepted()
                + paced.map(load -> load.result().accepted()).orElse(0L);
        out.printf("Following %d accepted complaints through routing, reporting and notification (at most %s)...%n",
                accepted, DurationText.format(options.drainTimeout()));
        DrainResult drain = new DrainWatch(scraper, system.serviceUri("reporting-service"),
                system.identityProvider().tokenFor("benchmark", "analyst"), system.serviceUri("notification-service"),
                new ConsumerLag(admin), out)
                .await(accepted, loadEnded, options.drainTimeout(), () -> stopping);
        Optional<Duration> endToEnd = drain.complete().map(after -> Duration.ofNanos(loadEnded - intakeStarted).plus(after));
        if (stopping) {
            // The processes are going while we read them: no figure from here on would mean anything.
            out.println("Interrupted: no report.");
            return;
        }

        sampling.shutdownNow();
        sampling.awaitTermination(10, TimeUnit.SECONDS);
        resources.sampleMemory();
        resources.sampleLag();
        out.printf("%nLoad average at the end (1, 5, 15 minutes): %s%n", loadAverage());
        // Intake registers the counter with its first refusal: a scrape without it means none.
        OptionalDouble limited = scraper.metrics(system.serviceUri(BenchmarkReport.INTAKE))
                .map(metrics -> OptionalDouble.of(metrics.sum(IntakeBudgets.LIMITED).orElse(0)))
                .orElse(OptionalDouble.empty());
        new BenchmarkReport(out).print(new BenchmarkFigures(referenceLoad.result(), intakeLoad.result(), paced, drain, endToEnd,
                resources, limited, trouble(), LogScan.scan(settings.logDirectory()), settings.logDirectory()));
    }

    /**
     * What the services counted as not handled the normal way; the names follow each service's own
     * metric conventions, so they are matched by what they end in.
     */
    private Map<String, Map<String, Double>> trouble() {
        Map<String, Map<String, Double>> trouble = new LinkedHashMap<>();
        for (String service : LocalSystemSettings.SERVICES) {
            scraper.metrics(system.serviceUri(service)).ifPresent(metrics -> {
                Map<String, Double> counted = new LinkedHashMap<>();
                metrics.sums(TROUBLE.asMatchPredicate()).forEach((name, count) -> {
                    if (count > 0) {
                        counted.put(name, count);
                    }
                });
                trouble.put(service, counted);
            });
        }
        return trouble;
    }

    private void printPlan() {
        out.printf("Complaint Book benchmark: %d closed-loop clients, each endpoint measured for %s after a %s warm-up.%n",
                options.clients(), options.measuredLoad(), DurationText.format(options.warmup()));
        if (options.paced()) {
            out.printf("Then intake open loop for %s at %s.%n", DurationText.format(options.pacedDuration()),
                    options.pacedRate() > 0 ? options.pacedRate() + " requests/s" : "half the rate it sustained");
        }
        out.printf("Machine: %d CPUs, Java %s, load average %s before starting. Services' JVM: %s.%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), loadAverage(),
                settings.serviceJvm());
        out.printf("Intake's environment adds: %s.%n", settings.environmentOf(BenchmarkReport.INTAKE));
        out.printf("Throwaway data in %s (PostgreSQL: a throwaway server with fsync, synchronous_commit and "
                + "full_page_writes off; MongoDB: in memory).%n", settings.dataDirectory());
        out.println("Starting the system...");
    }

    /**
     * The machine's load averages (1, 5, 15 minutes), where Linux tells them: other work on the
     * machine competes with the run for the same cores, and the figures are only as clean as this.
     */
    static String loadAverage() {
        try {
            String[] averages = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return averages[0] + " " + averages[1] + " " + averages[2];
        } catch (IOException | RuntimeException unknown) {
            return "unknown";
        }
    }

    private ResourceSampler startSampling() {
        List<WatchedProcess> watched = new ArrayList<>();
        watched.add(WatchedProcess.plain(THIS_JVM, ProcessHandle.current()));
        system.processes().forEach((name, handle) -> {
            if (LocalSystemSettings.SERVICES.contains(name)) {
                List<String> gauges = name.equals(BenchmarkReport.INTAKE)
                        ? List.of(BenchmarkReport.BEHIND, BenchmarkReport.OLDEST_AGE) : List.of();
                watched.add(new WatchedProcess(name, handle, Optional.of(system.serviceUri(name)), false, gauges));
            } else {
                watched.add(new WatchedProcess(name, handle, Optional.empty(), name.equals("postgresql"), List.of()));
            }
        });
        watched.add(WatchedProcess.plain(ReferenceEndpointProcess.NAME, reference.processHandle()));
        ResourceSampler resources = new ResourceSampler(watched, scraper, new ConsumerLag(admin));
        sampling.scheduleWithFixedDelay(quietly(resources::sampleMemory), 0, 1, TimeUnit.SECONDS);
        sampling.scheduleWithFixedDelay(quietly(resources::sampleLag), 0, 2, TimeUnit.SECONDS);
        // Notification's count says what was sent; the letters themselves would only fill this JVM's heap.
        sampling.scheduleWithFixedDelay(quietly(system::forgetReceivedMail), 5, 5, TimeUnit.SECONDS);
        return resources;
    }

    /** A periodic task that survives its own failure: one failed sample must not end the sampling. */
    private Runnable quietly(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                out.println("  (sampling: " + e + ")");
            }
        };
    }

    /** The load and what its warm-up got accepted: intake's warm-up complaints go down the pipeline too. */
    private record Measured(LoadResult result, long warmupAccepted) {
    }

    private Measured measure(LoadTarget target) {
        try (ClosedLoopLoad load = new ClosedLoopLoad(target, options.clients(), options.requestTimeout(), new ComplaintBodies())) {
            long warmupAccepted = 0;
            if (!options.warmup().isZero()) {
                out.printf("%s: warming up for %s...%n", target.name(), DurationText.format(options.warmup()));
                LoadResult warmup = load.run(allow(RequestAllowance.forDuration(options.warmup())));
                warmupAccepted = warmup.accepted();
                out.printf("  %s%n", brief(warmup));
            }
            out.printf("%s: measuring for %s...%n", target.name(), options.measuredLoad());
            LoadResult result = load.run(allow(options.countBounded()
                    ? RequestAllowance.forCount(options.complaints()) : RequestAllowance.forDuration(options.duration())));
            out.printf("  %s%n", brief(result));
            return new Measured(result, warmupAccepted);
        }
    }

    private PacedResult pace(LoadTarget target, double rate) {
        out.printf(Locale.ROOT, "%s: paced at %.1f/s for %s (open loop)...%n", target.name(), rate,
                DurationText.format(options.pacedDuration()));
        try (PacedLoad load = new PacedLoad(new LoadTarget(target.name() + " paced", target.baseUri(), target.path()),
                options.requestTimeout(), new ComplaintBodies())) {
            LoadResult result = load.run(rate, options.pacedDuration(), allow(RequestAllowance.forDuration(
                    options.pacedDuration().plusSeconds(1))));
            out.printf("  %s%n", brief(result));
            return new PacedResult(rate, result);
        }
    }

    private RequestAllowance allow(RequestAllowance allowance) {
        running = allowance;
        if (stopping) {
            allowance.stop();
        }
        return allowance;
    }

    private static String brief(LoadResult result) {
        return String.format(Locale.ROOT, "%d accepted in %s = %.1f/s, p50 %.1f ms, p99 %.1f ms, %d errors %s",
                result.accepted(), DurationText.format(result.elapsed()), result.acceptedPerSecond(),
                result.latency().p50(), result.latency().p99(), result.errorCount(), result.errors());
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        Admin startedAdmin;
        ReferenceEndpointProcess startedReference;
        LocalSystem startedSystem;
        synchronized (this) {
            stopping = true;
            startedAdmin = admin;
            startedReference = reference;
            startedSystem = system;
        }
        RequestAllowance allowance = running;
        if (allowance != null) {
            allowance.stop();
        }
        sampling.shutdownNow();
        if (startedAdmin != null) {
            startedAdmin.close(Duration.ofSeconds(5));
        }
        if (startedReference != null) {
            startedReference.close();
        }
        if (startedSystem != null) {
            startedSystem.close();
        }
        ThrowawayData.deleteKeepingLogs(settings, out);
    }
}

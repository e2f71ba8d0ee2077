package com.complaintbook.localsystem.benchmark;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/** Prints a run's figures as plain text, one section per question a reader asks. */
final class BenchmarkReport {

    static final String INTAKE = "intake-service";
    static final String BEHIND = "complaintbook_intake_publication_behind";
    static final String OLDEST_AGE = "complaintbook_intake_publication_oldest_unpublished_age_seconds";
    private static final double MIB = 1024.0 * 1024.0;

    private final PrintStream out;

    BenchmarkReport(PrintStream out) {
        this.out = out;
    }

    void print(BenchmarkFigures figures) {
        printLoad(figures);
        printDrain(figures);
        printLag(figures);
        printMemory(figures);
        printCpu(figures);
        printLogs(figures);
    }

    private void printLoad(BenchmarkFigures figures) {
        out.println();
        out.println("== Load: POST /api/v1/complaints ==");
        out.printf("%-13s %10s %10s %11s %9s %9s %9s %8s%n", "endpoint", "requests", "accepted", "accepted/s",
                "p50 ms", "p99 ms", "max ms", "errors");
        List<LoadResult> results = new ArrayList<>(List.of(figures.reference(), figures.intake()));
        figures.paced().ifPresent(paced -> results.add(paced.result()));
        for (LoadResult result : results) {
            out.printf(Locale.ROOT, "%-13s %10d %10d %11.1f %9.1f %9.1f %9.1f %8d%n", result.name(), result.requests(),
                    result.accepted(), result.acceptedPerSecond(), result.latency().p50(), result.latency().p99(),
                    result.latency().max(), result.errorCount());
        }
        double reference = figures.reference().acceptedPerSecond();
        out.printf(Locale.ROOT, "intake / reference, accepted/s: %s%n",
                reference == 0 ? "n/a (the reference accepted nothing)"
                        : String.format(Locale.ROOT, "%.3f", figures.intake().acceptedPerSecond() / reference));
        figures.paced().ifPresent(paced -> out.printf(Locale.ROOT,
                "intake paced: open loop at %.1f/s, latencies from each request's scheduled time%n", paced.rate()));
        results.forEach(this::printErrors);
    }

    private void printErrors(LoadResult result) {
        if (result.errors().isEmpty()) {
            out.printf("errors, %s: none%n", result.name());
            return;
        }
        out.printf("errors, %s: %s%n", result.name(), result.errors().entrySet().stream()
                .map(error -> error.getKey() + " x " + error.getValue()).collect(Collectors.joining(", ")));
        result.errorSamples().forEach((status, body) -> out.printf("  first %s answer: %s%n", status, body));
    }

    private void printDrain(BenchmarkFigures figures) {
        DrainResult drain = figures.drain();
        out.println();
        out.printf("== Drain: after the load, %d complaints accepted by intake (warm-up included) ==%n", drain.target());
        for (DrainStage stage : drain.stages()) {
            out.printf("  %-40s %s%n", stage.name(), stage.reachedAfter()
                    .map(after -> String.format("%10s   %d / %d", DurationText.format(after), stage.count(), drain.target()))
                    .orElse(String.format("NOT REACHED after %s: %d / %d", DurationText.format(drain.waited()),
                            stage.count(), drain.target())));
        }
        DrainStage consumers = drain.consumers();
        out.printf("  %-40s %s%n", consumers.name(), consumers.reachedAfter()
                .map(after -> String.format("%10s   %d / %d", DurationText.format(after), consumers.count(), consumers.target()))
                .orElse(String.format("NOT REACHED after %s: %d / %d consumed", DurationText.format(drain.waited()),
                        consumers.count(), consumers.target())));
        out.println(figures.endToEnd()
                .map(total -> String.format(Locale.ROOT, "  end to end: %d complaints in %s from intake's first request = %.1f complaints/s",
                        drain.target(), DurationText.format(total), perSecond(drain.target(), total)))
                .orElse("  end to end: not complete"));
        out.println("  (end to end: until the slowest of the first three; the drain times count from the end of the load)");
    }

    private void printLag(BenchmarkFigures figures) {
        ResourceSampler resources = figures.resources();
        out.println();
        out.println("== Lag ==");
        out.printf(Locale.ROOT, "  intake publication: behind, peak %s events; oldest unpublished age, peak %s s%n",
                number(resources.peak(INTAKE, BEHIND), "%.0f"), number(resources.peak(INTAKE, OLDEST_AGE), "%.1f"));
        out.printf("  intake requests refused by its budgets (%s): %s%n", IntakeBudgets.LIMITED,
                number(figures.intakeLimited(), "%.0f"));
        out.println("  Kafka consumer lag, records (peak / at the end):");
        resources.lag().forEach((subscription, lag) -> out.printf("    %-58s %8s / %s%n", subscription,
                number(lag.peak(), "%.0f"), number(lag.last(), "%.0f")));
        resources.lagFailure().ifPresent(failure -> out.printf("    (last lag sample failed: %s)%n", failure));
        out.println("  dead-lettered, parked, refused or failed, as each service counted them at the end:");
        if (figures.trouble().values().stream().allMatch(Map::isEmpty)) {
            out.println("    none");
        }
        figures.trouble().forEach((service, counts) -> counts.forEach((metric, count) ->
                out.printf(Locale.ROOT, "    %-22s %-50s %.0f%n", service, metric, count)));
    }

    private void printMemory(BenchmarkFigures figures) {
        out.println();
        out.println("== Memory, MiB: resident set (/proc VmRSS, sampled every second: first, peak, end; VmHWM at the end),");
        out.println("   JVM heap used (peak, end) and heap live after the old generation's collections (first > end) ==");
        out.printf("%-31s %8s %8s %8s %8s %10s %10s %14s%n", "process", "RSS 1st", "RSS peak", "RSS end", "VmHWM",
                "heap peak", "heap end", "live-after-GC");
        for (Map.Entry<String, ProcessFigures> entry : figures.resources().processFigures().entrySet()) {
            ProcessFigures process = entry.getValue();
            out.printf("%-31s %8s %8s %8s %8s %10s %10s %14s%n", entry.getKey(), mib(process.rss.first()),
                    mib(process.rss.peak()), mib(process.rss.last()), mib(process.highWaterMark()),
                    mib(process.heapUsed.peak()), mib(process.heapUsed.last()),
                    liveHeap(process));
            if (process.familyPss.peak().isPresent()) {
                out.printf("%-31s %8s %8s %8s   (Pss added up over up to %d processes)%n", "  with its children",
                        mib(process.familyPss.first()), mib(process.familyPss.peak()), mib(process.familyPss.last()),
                        process.largestFamily());
            }
            if (process.exitedAt() != null) {
                out.printf("  !! %s EXITED %s; see its log in %s%n", entry.getKey(), process.exitedAt(),
                        figures.logDirectory());
            }
        }
    }

    /** Where the machine's time went while intake was loaded and the pipeline drained. */
    private void printCpu(BenchmarkFigures figures) {
        long complaints = figures.drain().target();
        Map<String, Long> used = new LinkedHashMap<>();
        figures.resources().processFigures().forEach((name, process) ->
                process.cpuSinceMark().ifPresent(nanos -> used.put(name, nanos)));
        long total = used.values().stream().mapToLong(Long::longValue).sum();
        out.println();
        out.printf("== CPU, from intake's first request until the drain ended (all cores together; %d complaints) ==%n",
                complaints);
        out.printf("%-31s %10s %8s %14s%n", "process", "seconds", "share", "ms / complaint");
        used.forEach((name, nanos) -> out.printf(Locale.ROOT, "%-31s %10.1f %7.1f%% %14.2f%n", name, nanos / 1e9,
                total == 0 ? 0 : 100.0 * nanos / total, complaints == 0 ? 0 : nanos / 1e6 / complaints));
        out.printf(Locale.ROOT, "%-31s %10.1f %8s %14.2f%n", "all", total / 1e9, "",
                complaints == 0 ? 0 : total / 1e6 / complaints);
    }

    private void printLogs(BenchmarkFigures figures) {
        out.println();
        out.println("== Logs: " + figures.logDirectory() + " ==");
        if (figures.logs().isEmpty()) {
            out.println("  no ERROR lines, no OutOfMemoryError");
        }
        for (LogScan scan : figures.logs()) {
            out.printf("  %s: %d ERROR lines, %d naming OutOfMemoryError; first: %s%n", scan.file().getFileName(),
                    scan.errors(), scan.outOfMemory(), scan.first());
        }
    }

    private static String liveHeap(ProcessFigures process) {
        if (!process.reportsLiveHeap) {
            return "-";
        }
        return process.liveAfterGc.last().isPresent()
                ? mib(process.liveAfterGc.first()) + " > " + mib(process.liveAfterGc.last()) : "no old GC yet";
    }

    static double perSecond(long count, Duration duration) {
        return duration.isZero() ? 0 : count * 1_000_000_000.0 / duration.toNanos();
    }

    private static String number(OptionalDouble value, String format) {
        return value.isPresent() ? String.format(Locale.ROOT, format, value.getAsDouble()) : "n/a";
    }

    private static String mib(OptionalDouble bytes) {
        return bytes.isPresent() ? String.format(Locale.ROOT, "%.0f", bytes.getAsDouble() / MIB) : "-";
    }

    private static String mib(OptionalLong bytes) {
        return bytes.isPresent() ? String.format(Locale.ROOT, "%.0f", bytes.getAsLong() / MIB) : "-";
    }
}

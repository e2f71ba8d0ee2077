package com.complaintbook.localsystem.benchmark;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** Prints the escalation benchmark's figures as plain text, one section per question a reader asks. */
final class EscalationReport {

    private static final double MIB = 1024.0 * 1024.0;

    private final PrintStream out;

    EscalationReport(PrintStream out) {
        this.out = out;
    }

    void print(EscalationFigures figures) {
        printEscalations(figures);
        printWarnings(figures);
        printServiceLateness(figures);
        printReading(figures);
        printMemory(figures);
        printCpu(figures);
        printCounters(figures);
        printLogs(figures);
    }

    private void printEscalations(EscalationFigures figures) {
        CommandTally.Summary escalations = figures.escalations();
        out.println();
        out.printf("== Escalations: %s on %s ==%n", CommandWatch.ESCALATE, KafkaTopics.COMPLAINT_COMMANDS);
        printCounts(escalations);
        out.printf("  lateness = the record's timestamp (%s) - its missedDeadline, ms: %s%n", figures.timestampType(),
                lateness(escalations.lateness()));
        if (!figures.readInTime()) {
            out.printf("  !! the service was still reading when the first deadlines passed; of the deadlines after it had"
                    + " read everything (%s): %s%n", figures.readAll(), lateness(figures.escalationsDueAfterRead()));
        }
        out.printf("  missedDeadline other than the deadline published: %d%n", figures.deadlineMismatches());
        out.printf("  sent %s%n", span(escalations, figures.published()));
    }

    private void printWarnings(EscalationFigures figures) {
        CommandTally.Summary warnings = figures.warnings();
        out.println();
        out.printf("== Warnings: %s ==%n", CommandWatch.WARN);
        printCounts(warnings);
        Duration reviewPeriod = figures.options().reviewPeriod(figures.windowStart());
        if (figures.options().warningsOverdueOnArrival(figures.windowStart())) {
            out.printf("  every warning point (%.0f%% of a %s review period) lay before publication, so each warning was"
                            + " overdue when read:%n  they measure how fast overdue timers fire (as after an outage), not"
                            + " lateness; sent %s%n",
                    figures.options().warnAt() * 100, DurationText.format(reviewPeriod), span(warnings, figures.published()));
        } else {
            out.printf("  lateness = the record's timestamp - the warning point (%.0f%% of a %s review period), ms: %s%n",
                    figures.options().warnAt() * 100, DurationText.format(reviewPeriod), lateness(warnings.lateness()));
            if (figures.warningsDueAfterRead().count() < warnings.lateness().count()) {
                out.printf("  !! some warnings fell due while the service was still reading; of those due after it had read"
                        + " everything: %s%n", lateness(figures.warningsDueAfterRead()));
            }
            out.printf("  sent %s%n", span(warnings, figures.published()));
        }
        figures.commandRecords().forEach((type, records) -> {
            if (!type.equals(CommandWatch.ESCALATE) && !type.equals(CommandWatch.WARN)) {
                out.printf("  other commands: %s x %d%n", type, records);
            }
        });
        if (figures.unreadable() > 0) {
            out.printf("  records that were no command envelope: %d%n", figures.unreadable());
        }
    }

    private void printCounts(CommandTally.Summary summary) {
        out.printf("  expected %d (one per complaint); records %d, distinct %d, duplicates %d, missing %d, for other "
                        + "complaints %d%s%n", summary.expected(), summary.records(), summary.distinct(), summary.duplicates(),
                summary.missing(), summary.unexpected(),
                summary.withoutDue() > 0 ? ", without a due time " + summary.withoutDue() : "");
    }

    private static String lateness(CommandTally.Lateness lateness) {
        if (lateness.p50().isEmpty()) {
            return "none";
        }
        return String.format(Locale.ROOT, "p50 %s, p99 %s, max %s (min %s; sent before due: %d; over %d commands)",
                millis(lateness.p50()), millis(lateness.p99()), millis(lateness.max()), millis(lateness.min()),
                lateness.early(), lateness.count());
    }

    private static String span(CommandTally.Summary summary, Instant published) {
        if (summary.first().isEmpty() || summary.last().isEmpty()) {
            return "never";
        }
        return String.format(Locale.ROOT, "from +%s to +%s after the assignments' publication began",
                DurationText.format(Duration.ofMillis(summary.first().getAsLong() - published.toEpochMilli())),
                DurationText.format(Duration.ofMillis(summary.last().getAsLong() - published.toEpochMilli())));
    }

    private void printServiceLateness(EscalationFigures figures) {
        out.println();
        out.printf("== escalation-service's own lateness histogram: %s, by kind (fired at - due), at the end ==%n",
                EscalationBenchmark.LATENESS);
        if (figures.metrics().isEmpty()) {
            out.println("  escalation-service's /actuator/prometheus did not answer");
            return;
        }
        Map<String, PrometheusHistogram> kinds = PrometheusHistogram.byLabel(figures.metrics().get(),
                EscalationBenchmark.LATENESS, "kind");
        if (kinds.isEmpty()) {
            out.println("  not exposed");
            return;
        }
        out.printf("  %-14s %10s %10s %12s %12s %14s%n", "kind", "count", "mean ms", "p50 ms (est)", "p99 ms (est)",
                "max ms (recent)");
        kinds.forEach((kind, histogram) -> out.printf(Locale.ROOT, "  %-14s %10.0f %10s %12s %12s %14s%n", kind,
                histogram.count(), seconds(histogram.mean()), seconds(quantile(histogram, 0.5)),
                seconds(quantile(histogram, 0.99)), seconds(histogram.max())));
        out.println("  (est: from the published buckets, as Prometheus's histogram_quantile, or the service's own quantiles;");
        out.println("   max: Micrometer's decaying maximum, the last few minutes only)");
    }

    /** The service's own quantile where it publishes one, else the estimate from its buckets. */
    private static OptionalDouble quantile(PrometheusHistogram histogram, double q) {
        Double own = histogram.quantiles().get(q);
        return own != null ? OptionalDouble.of(own) : histogram.estimate(q);
    }

    private void printReading(EscalationFigures figures) {
        out.println();
        out.println("== Reading: escalation-service's consumer group on the events topic ==");
        printReading("submissions", figures.submitted());
        printReading("assignments", figures.assigned());
        Duration lastRead = figures.assigned().published().plus(figures.assigned().readAfter());
        out.printf("  the last assignment was read %s after publication began; the first deadline fell at +%s: %s%n",
                DurationText.format(lastRead), DurationText.format(figures.windowStart()),
                figures.readInTime() ? "read in time" : "NOT in time (the first deadlines' lateness includes reading)");
    }

    private void printReading(String what, EscalationBenchmark.Reading reading) {
        out.printf(Locale.ROOT, "  %-12s %8d published in %s, all read %s later: %.0f events/s%n", what, reading.events(),
                DurationText.format(reading.published()), DurationText.format(reading.readAfter()),
                BenchmarkReport.perSecond(reading.events(), reading.published().plus(reading.readAfter())));
    }

    private void printMemory(EscalationFigures figures) {
        out.println();
        out.println("== Memory, MiB: resident set (/proc VmRSS every second: first, peak, end; VmHWM at the end),");
        out.println("   JVM heap used (jvm_memory_used_bytes{area=\"heap\"} every second: peak, end), heap live after old-generation collections ==");
        out.printf("  %-30s %8s %8s %8s %8s %10s %10s %14s%n", "process", "RSS 1st", "RSS peak", "RSS end", "VmHWM",
                "heap peak", "heap end", "live-after-GC");
        figures.resources().processFigures().forEach((name, process) -> {
            out.printf("  %-30s %8s %8s %8s %8s %10s %10s %14s%n", name, mib(process.rss.first()), mib(process.rss.peak()),
                    mib(process.rss.last()), mib(process.highWaterMark()), mib(process.heapUsed.peak()),
                    mib(process.heapUsed.last()), process.reportsLiveHeap && process.liveAfterGc.last().isPresent()
                            ? mib(process.liveAfterGc.first()) + " > " + mib(process.liveAfterGc.last()) : "-");
            if (process.exitedAt() != null) {
                out.printf("  !! %s EXITED %s; see its log in %s%n", name, process.exitedAt(), figures.logDirectory());
            }
        });
        ProcessFigures escalation = figures.resources().processFigures().get(EscalationBenchmark.ESCALATION);
        if (escalation != null) {
            out.printf("  escalation-service heap used, highest sample: %s MiB with %d deadlines open%n",
                    mib(escalation.heapUsed.peak()), figures.options().deadlines());
        }
    }

    private void printCpu(EscalationFigures figures) {
        out.println();
        out.println("== CPU seconds, from the assignments' publication to the end (all cores together) ==");
        figures.resources().processFigures().forEach((name, process) -> process.cpuSinceMark().ifPresent(nanos ->
                out.printf(Locale.ROOT, "  %-30s %10.1f%n", name, nanos / 1e9)));
    }

    private void printCounters(EscalationFigures figures) {
        out.println();
        out.println("== escalation-service's own counts at the end (complaintbook_*, each added up over its series) ==");
        figures.metrics().ifPresentOrElse(metrics -> metrics.sums(name -> name.startsWith("complaintbook_")
                        && !name.startsWith(EscalationBenchmark.LATENESS) && !name.endsWith("_bucket"))
                .forEach((name, value) -> out.printf(Locale.ROOT, "  %-70s %.0f%n", name, value)),
                () -> out.println("  escalation-service's /actuator/prometheus did not answer"));
    }

    private void printLogs(EscalationFigures figures) {
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

    private static String millis(OptionalLong value) {
        return value.isPresent() ? String.valueOf(value.getAsLong()) : "-";
    }

    private static String seconds(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.1f", value.getAsDouble() * 1000) : "-";
    }

    private static String mib(OptionalDouble bytes) {
        return bytes.isPresent() ? String.format(Locale.ROOT, "%.0f", bytes.getAsDouble() / MIB) : "-";
    }

    private static String mib(OptionalLong bytes) {
        return bytes.isPresent() ? String.format(Locale.ROOT, "%.0f", bytes.getAsLong() / MIB) : "-";
    }
}

package com.complaintbook.localsystem.benchmark;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * Samples, each time it is asked, every watched process's memory (resident set from {@code /proc},
 * a Spring service's heap from its own metrics) and the gauges it was told to follow; and, on its
 * own schedule, the consumer groups' lag. Figures only ever grow: a sample that cannot be taken
 * (a service too busy to answer, no {@code /proc}) is skipped, not recorded as zero.
 */
final class ResourceSampler {

    private static final Map<String, String> HEAP = Map.of("area", "heap");

    private final List<WatchedProcess> processes;
    private final Scraper scraper;
    private final ConsumerLag consumerLag;
    private final long startedNanos = System.nanoTime();
    private final Map<String, ProcessFigures> figures = new LinkedHashMap<>();
    private final Map<ConsumerLag.Subscription, Sampled> lag = new LinkedHashMap<>();
    private volatile String lagFailure;

    ResourceSampler(List<WatchedProcess> processes, Scraper scraper, ConsumerLag consumerLag) {
        this.processes = List.copyOf(processes);
        this.scraper = scraper;
        this.consumerLag = consumerLag;
        processes.forEach(process -> figures.put(process.name(), new ProcessFigures(process.service().isPresent(), process.gauges())));
        ConsumerLag.WATCHED.forEach(subscription -> lag.put(subscription, new Sampled()));
    }

    void sampleMemory() {
        for (WatchedProcess process : processes) {
            ProcessFigures figures = this.figures.get(process.name());
            if (!process.handle().isAlive()) {
                figures.exited(DurationText.format(Duration.ofNanos(System.nanoTime() - startedNanos))
                        + " after the sampling began");
                continue;
            }
            cpuNanos(process).ifPresent(figures::cpuLatest);
            ProcMemory.of(process.handle().pid()).ifPresent(memory -> {
                figures.rss.add(memory.rssBytes());
                figures.highWaterMark(memory.hwmBytes());
            });
            if (process.family()) {
                sampleFamily(process, figures);
            }
            if (process.isThisJvm()) {
                figures.heapUsed.add(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            }
            process.service().flatMap(scraper::metrics).ifPresent(metrics -> {
                metrics.sum("jvm_memory_used_bytes", HEAP).ifPresent(figures.heapUsed::add);
                // Zero until G1 has collected the old generation once: not a measurement yet.
                metrics.sum("jvm_gc_live_data_size_bytes").stream().filter(bytes -> bytes > 0)
                        .forEach(figures.liveAfterGc::add);
                figures.gauges.forEach((name, sampled) -> metrics.sum(name).ifPresent(sampled::add));
            });
        }
    }

    /** From here on, CPU time is counted: the load under study starts. */
    void markCpu() {
        for (WatchedProcess process : processes) {
            cpuNanos(process).ifPresent(nanos -> {
                figures.get(process.name()).cpuAtMark(nanos);
                figures.get(process.name()).cpuLatest(nanos);
            });
        }
    }

    /** The CPU time a process has used, with that of its live children for a family (PostgreSQL's backends). */
    private static OptionalLong cpuNanos(WatchedProcess process) {
        Optional<Duration> own = process.handle().info().totalCpuDuration();
        if (own.isEmpty()) {
            return OptionalLong.empty();
        }
        long nanos = own.get().toNanos();
        if (process.family()) {
            nanos += process.handle().descendants()
                    .mapToLong(child -> child.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum();
        }
        return OptionalLong.of(nanos);
    }

    private static void sampleFamily(WatchedProcess process, ProcessFigures figures) {
        List<ProcessHandle> family = new ArrayList<>(List.of(process.handle()));
        process.handle().descendants().forEach(family::add);
        long sum = 0;
        for (ProcessHandle member : family) {
            sum += ProcMemory.proportionalBytes(member.pid()).orElse(0);
        }
        if (sum > 0) {
            figures.familyPss.add(sum);
            figures.familySize(family.size());
        }
    }

    void sampleLag() {
        try {
            consumerLag.read().forEach((subscription, position) -> lag.get(subscription).add(position.lag()));
            lagFailure = null;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            lagFailure = String.valueOf(e.getCause() == null ? e : e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    Map<String, ProcessFigures> processFigures() {
        return figures;
    }

    Map<ConsumerLag.Subscription, Sampled> lag() {
        return lag;
    }

    /** Why the last lag sample failed, if it did. */
    Optional<String> lagFailure() {
        return Optional.ofNullable(lagFailure);
    }

    /** A gauge's peak, for the report. */
    OptionalDouble peak(String process, String gauge) {
        ProcessFigures of = figures.get(process);
        return of == null || !of.gauges.containsKey(gauge) ? OptionalDouble.empty() : of.gauges.get(gauge).peak();
    }
}

package com.complaintbook.localsystem.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/** What was sampled of one process over the run. */
final class ProcessFigures {

    final Sampled rss = new Sampled();
    final Sampled heapUsed = new Sampled();
    /** The heap still in use after the last collection: flat when nothing accumulates. */
    final Sampled liveAfterGc = new Sampled();
    /** For a process family: Pss added up over the process and its children. */
    final Sampled familyPss = new Sampled();
    final Map<String, Sampled> gauges = new LinkedHashMap<>();
    /** Whether it reports its heap after collections at all (a Spring service does). */
    final boolean reportsLiveHeap;
    private volatile long highWaterMark = -1;
    private volatile long cpuAtMark = -1;
    private volatile long cpuLatest = -1;
    private volatile int largestFamily;
    private volatile String exitedAt;

    ProcessFigures(boolean reportsLiveHeap, Iterable<String> gaugeNames) {
        this.reportsLiveHeap = reportsLiveHeap;
        gaugeNames.forEach(name -> gauges.put(name, new Sampled()));
    }

    void highWaterMark(long bytes) {
        highWaterMark = bytes;
    }

    OptionalLong highWaterMark() {
        return highWaterMark < 0 ? OptionalLong.empty() : OptionalLong.of(highWaterMark);
    }

    void familySize(int processes) {
        largestFamily = Math.max(largestFamily, processes);
    }

    int largestFamily() {
        return largestFamily;
    }

    /** The CPU time the process (with its children, for a family) had used at the mark. */
    void cpuAtMark(long nanos) {
        cpuAtMark = nanos;
    }

    void cpuLatest(long nanos) {
        cpuLatest = nanos;
    }

    /** CPU time used since the mark, on all cores together; empty before the mark or without a reading. */
    OptionalLong cpuSinceMark() {
        return cpuAtMark < 0 || cpuLatest < cpuAtMark ? OptionalLong.empty() : OptionalLong.of(cpuLatest - cpuAtMark);
    }

    /** Records, once, when the process was first seen gone. */
    void exited(String when) {
        if (exitedAt == null) {
            exitedAt = when;
        }
    }

    String exitedAt() {
        return exitedAt;
    }
}

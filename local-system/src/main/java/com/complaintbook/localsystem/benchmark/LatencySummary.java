package com.complaintbook.localsystem.benchmark;

import org.HdrHistogram.Histogram;

/**
 * The latencies of one measured load, in milliseconds.
 *
 * @param count how many latencies were recorded
 */
record LatencySummary(long count, double p50, double p99, double max) {

    static final LatencySummary NONE = new LatencySummary(0, 0, 0, 0);

    /** From a histogram of microseconds. */
    static LatencySummary ofMicros(Histogram micros) {
        if (micros.getTotalCount() == 0) {
            return NONE;
        }
        return new LatencySummary(micros.getTotalCount(),
                millis(micros.getValueAtPercentile(50)),
                millis(micros.getValueAtPercentile(99)),
                millis(micros.getMaxValue()));
    }

    private static double millis(long micros) {
        return micros / 1000.0;
    }
}

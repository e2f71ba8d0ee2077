package com.complaintbook.localsystem.benchmark;

import java.time.Duration;
import java.util.Map;

/**
 * One endpoint's measured load.
 *
 * @param accepted requests answered 202
 * @param elapsed  from the first request sent to the last one answered
 * @param latency  of the accepted requests only: a fast refusal would flatter the figures
 * @param errors   requests not accepted, by HTTP status ({@code HTTP 429}) or by exception
 * @param errorSamples the first answer body seen for each HTTP status, to tell what went wrong
 */
record LoadResult(String name, long accepted, Duration elapsed, LatencySummary latency, Map<String, Long> errors,
                  Map<String, String> errorSamples) {

    LoadResult {
        errors = Map.copyOf(errors);
        errorSamples = Map.copyOf(errorSamples);
    }

    long errorCount() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    long requests() {
        return accepted + errorCount();
    }

    double acceptedPerSecond() {
        return elapsed.isZero() ? 0 : accepted * 1_000_000_000.0 / elapsed.toNanos();
    }
}

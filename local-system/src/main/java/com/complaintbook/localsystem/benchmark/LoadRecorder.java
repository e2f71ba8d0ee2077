package com.complaintbook.localsystem.benchmark;

import org.HdrHistogram.Recorder;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** What the clients of one load saw, recorded from every event-loop thread at once. */
final class LoadRecorder {

    private static final int SAMPLE_LENGTH = 300;

    private final Recorder acceptedMicros = new Recorder(3);
    private final AtomicLong accepted = new AtomicLong();
    private final ConcurrentMap<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, String> errorSamples = new ConcurrentHashMap<>();

    void answered(int status, String body, long nanos) {
        if (status == 202) {
            accepted.incrementAndGet();
            acceptedMicros.recordValue(Math.max(1, nanos / 1000));
            return;
        }
        String key = "HTTP " + status;
        errors.computeIfAbsent(key, any -> new LongAdder()).increment();
        errorSamples.computeIfAbsent(key, any -> body.length() > SAMPLE_LENGTH ? body.substring(0, SAMPLE_LENGTH) : body);
    }

    void failed(Throwable failure) {
        errors.computeIfAbsent(failure.getClass().getSimpleName(), any -> new LongAdder()).increment();
    }

    long accepted() {
        return accepted.get();
    }

    LoadResult result(String name, Duration elapsed) {
        Map<String, Long> counted = new TreeMap<>();
        errors.forEach((key, count) -> counted.put(key, count.sum()));
        return new LoadResult(name, accepted.get(), elapsed, LatencySummary.ofMicros(acceptedMicros.getIntervalHistogram()),
                counted, errorSamples);
    }
}

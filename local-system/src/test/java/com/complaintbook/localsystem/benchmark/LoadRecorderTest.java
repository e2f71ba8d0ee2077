package com.complaintbook.localsystem.benchmark;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LoadRecorderTest {

    @Test
    void percentilesComeFromTheAcceptedRequestsOnly() {
        LoadRecorder recorder = new LoadRecorder();
        for (int millis = 1; millis <= 100; millis++) {
            recorder.answered(202, "{}", millis * 1_000_000L);
        }
        recorder.answered(429, "{\"title\":\"Too Many Requests\"}", 1_000L);

        LoadResult result = recorder.result("intake", Duration.ofSeconds(4));

        assertThat(result.accepted()).isEqualTo(100);
        assertThat(result.requests()).isEqualTo(101);
        assertThat(result.acceptedPerSecond()).isEqualTo(25.0);
        assertThat(result.latency().count()).isEqualTo(100);
        assertThat(result.latency().p50()).isCloseTo(50.0, within(0.1));
        assertThat(result.latency().p99()).isCloseTo(99.0, within(0.1));
        assertThat(result.latency().max()).isCloseTo(100.0, within(0.1));
    }

    @Test
    void errorsAreCountedByStatusOrExceptionWithTheFirstAnswerOfEachStatus() {
        LoadRecorder recorder = new LoadRecorder();
        recorder.answered(429, "first", 1_000L);
        recorder.answered(429, "second", 1_000L);
        recorder.answered(500, "x".repeat(1000), 1_000L);
        recorder.failed(new TimeoutException());
        recorder.failed(new IOException("reset"));
        recorder.failed(new IOException("reset again"));

        LoadResult result = recorder.result("intake", Duration.ofSeconds(1));

        assertThat(result.accepted()).isZero();
        assertThat(result.errors()).isEqualTo(Map.of("HTTP 429", 2L, "HTTP 500", 1L, "TimeoutException", 1L, "IOException", 2L));
        assertThat(result.errorCount()).isEqualTo(6);
        assertThat(result.errorSamples().get("HTTP 429")).isEqualTo("first");
        assertThat(result.errorSamples().get("HTTP 500")).hasSize(300);
        assertThat(result.latency()).isEqualTo(LatencySummary.NONE);
    }
}

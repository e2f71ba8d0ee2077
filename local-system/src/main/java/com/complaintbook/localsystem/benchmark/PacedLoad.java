package com.complaintbook.localsystem.benchmark;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;

/**
 * Open-loop load on one endpoint: submissions go out on a fixed schedule, {@code rate} a second,
 * whether or not earlier ones were answered, as a website's visitors arrive. Each latency counts from
 * the moment its request was due, not from when it could be sent: a server that stalls is charged
 * for every request that waited behind the stall, which a closed loop would hide by sending less.
 */
final class PacedLoad implements AutoCloseable {

    /** Enough connections that the generator never queues requests a responsive server would take. */
    private static final int CONNECTIONS = 512;

    private final SubmissionClient client;

    PacedLoad(LoadTarget target, Duration requestTimeout, ComplaintBodies bodies) {
        this.client = new SubmissionClient(target, CONNECTIONS, requestTimeout, bodies);
    }

    /**
     * Sends {@code rate} submissions a second for {@code duration}, or until {@code allowance} is
     * stopped, then waits for every one in flight to be answered.
     */
    LoadResult run(double rate, Duration duration, RequestAllowance allowance) {
        long interval = Math.max(1, Math.round(1_000_000_000.0 / rate));
        long count = Math.max(1, duration.toNanos() / interval);
        LoadRecorder recorder = new LoadRecorder();
        long first = System.nanoTime();
        Flux.range(0, (int) Math.min(Integer.MAX_VALUE, count))
                .map(index -> first + index * interval)
                .concatMap(due -> Mono.delay(Duration.ofNanos(Math.max(0, due - System.nanoTime()))).thenReturn(due), 1)
                .takeWhile(due -> allowance.take())
                .flatMap(due -> client.submit(recorder, due), Integer.MAX_VALUE)
                .blockLast();
        return recorder.result(client.target().name(), Duration.ofNanos(System.nanoTime() - first));
    }

    @Override
    public void close() {
        client.close();
    }
}

package com.complaintbook.localsystem.benchmark;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;

/**
 * Closed-loop load on one endpoint: {@code clients} clients, each with its own connection, each
 * sending its next submission as soon as its last one is answered. Closed loop means a slow server is
 * sent less rather than queued up: it finds the rate the endpoint sustains, and the latencies are
 * what a client waits at that rate. The connections are kept from one run to the next, so a
 * measurement after a warm-up starts connected.
 */
final class ClosedLoopLoad implements AutoCloseable {

    private final SubmissionClient client;
    private final int clients;

    ClosedLoopLoad(LoadTarget target, int clients, Duration requestTimeout, ComplaintBodies bodies) {
        this.client = new SubmissionClient(target, clients, requestTimeout, bodies);
        this.clients = clients;
    }

    /** Runs until {@code allowance} refuses the next request and every request in flight is answered. */
    LoadResult run(RequestAllowance allowance) {
        LoadRecorder recorder = new LoadRecorder();
        long started = System.nanoTime();
        Flux.range(0, clients)
                .flatMap(any -> oneClient(allowance, recorder), clients)
                .blockLast();
        return recorder.result(client.target().name(), Duration.ofNanos(System.nanoTime() - started));
    }

    private Mono<Void> oneClient(RequestAllowance allowance, LoadRecorder recorder) {
        return Mono.defer(() -> allowance.take()
                        ? client.submit(recorder, System.nanoTime()).thenReturn(true) : Mono.just(false))
                .repeat()
                .takeWhile(Boolean::booleanValue)
                .then();
    }

    @Override
    public void close() {
        client.close();
    }
}

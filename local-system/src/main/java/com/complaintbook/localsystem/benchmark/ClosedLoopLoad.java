package com.complaintbook.localsystem.benchmark;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.HttpHeaderNames;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import java.time.Duration;

/**
 * Closed-loop load on one endpoint, on WebFlux's own engine (reactor-netty): {@code clients} clients,
 * each with its own connection, each sending its next submission as soon as its last one is answered.
 * Non-blocking, so a few event-loop threads drive every client and the generator stays light beside
 * the system it measures. Closed loop means a slow server is sent less rather than queued up: the
 * latencies are what a client waits. The connections are kept from one run to the next, so a
 * measurement after a warm-up starts connected.
 */
final class ClosedLoopLoad implements AutoCloseable {

    private final LoadTarget target;
    private final int clients;
    private final ComplaintBodies bodies;
    private final ConnectionProvider connections;
    private final HttpClient http;

    ClosedLoopLoad(LoadTarget target, int clients, Duration requestTimeout, ComplaintBodies bodies) {
        this.target = target;
        this.clients = clients;
        this.bodies = bodies;
        this.connections = ConnectionProvider.builder("benchmark-" + target.name())
                .maxConnections(clients)
                .pendingAcquireMaxCount(-1)
                .pendingAcquireTimeout(requestTimeout)
                .build();
        this.http = HttpClient.create(connections)
                .baseUrl(target.baseUri().toString())
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 5000)
                .responseTimeout(requestTimeout)
                .headers(headers -> headers
                        .set(HttpHeaderNames.CONTENT_TYPE, "application/json")
                        .set("X-API-Key", Catalogue.WEBSITE_API_KEY));
    }

    /** Runs until {@code allowance} refuses the next request and every request in flight is answered. */
    LoadResult run(RequestAllowance allowance) {
        LoadRecorder recorder = new LoadRecorder();
        long started = System.nanoTime();
        Flux.range(0, clients)
                .flatMap(client -> oneClient(allowance, recorder), clients)
                .blockLast();
        return recorder.result(target.name(), Duration.ofNanos(System.nanoTime() - started));
    }

    private Mono<Void> oneClient(RequestAllowance allowance, LoadRecorder recorder) {
        return Mono.defer(() -> allowance.take() ? submit(recorder).thenReturn(true) : Mono.just(false))
                .repeat()
                .takeWhile(Boolean::booleanValue)
                .then();
    }

    private Mono<Void> submit(LoadRecorder recorder) {
        byte[] body = bodies.next();
        long sent = System.nanoTime();
        return http.post()
                .uri(target.path())
                .send((request, outbound) -> {
                    request.header(HttpHeaderNames.CONTENT_LENGTH, String.valueOf(body.length));
                    return outbound.send(Mono.just(Unpooled.wrappedBuffer(body)));
                })
                .responseSingle((response, content) -> content.asString().defaultIfEmpty("")
                        .doOnNext(text -> recorder.answered(response.status().code(), text, System.nanoTime() - sent)))
                .onErrorResume(failure -> {
                    recorder.failed(failure);
                    return Mono.empty();
                })
                .then();
    }

    @Override
    public void close() {
        connections.disposeLater().block(Duration.ofSeconds(10));
    }
}

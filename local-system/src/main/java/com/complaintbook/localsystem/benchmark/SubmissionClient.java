package com.complaintbook.localsystem.benchmark;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.HttpHeaderNames;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import java.time.Duration;

/**
 * Posts website submissions to one endpoint on WebFlux's own engine (reactor-netty), over at most
 * {@code connections} kept-alive connections. Non-blocking, so a few event-loop threads drive every
 * request and the generator stays light beside the system it measures.
 */
final class SubmissionClient implements AutoCloseable {

    private final LoadTarget target;
    private final ComplaintBodies bodies;
    private final ConnectionProvider pool;
    private final HttpClient http;

    SubmissionClient(LoadTarget target, int connections, Duration requestTimeout, ComplaintBodies bodies) {
        this.target = target;
        this.bodies = bodies;
        this.pool = ConnectionProvider.builder("benchmark-" + target.name())
                .maxConnections(connections)
                .pendingAcquireMaxCount(-1)
                .pendingAcquireTimeout(requestTimeout)
                .build();
        this.http = HttpClient.create(pool)
                .baseUrl(target.baseUri().toString())
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 5000)
                .responseTimeout(requestTimeout)
                .headers(headers -> headers
                        .set(HttpHeaderNames.CONTENT_TYPE, "application/json")
                        .set("X-API-Key", Catalogue.WEBSITE_API_KEY));
    }

    LoadTarget target() {
        return target;
    }

    /**
     * Posts the next submission and records its answer, its latency counted from {@code startedNanos}
     * ({@link System#nanoTime()}): the moment it was sent, or the moment it was due to be sent.
     */
    Mono<Void> submit(LoadRecorder recorder, long startedNanos) {
        byte[] body = bodies.next();
        return http.post()
                .uri(target.path())
                .send((request, outbound) -> {
                    request.header(HttpHeaderNames.CONTENT_LENGTH, String.valueOf(body.length));
                    return outbound.send(Mono.just(Unpooled.wrappedBuffer(body)));
                })
                .responseSingle((response, content) -> content.asString().defaultIfEmpty("")
                        .doOnNext(text -> recorder.answered(response.status().code(), text, System.nanoTime() - startedNanos)))
                .onErrorResume(failure -> {
                    recorder.failed(failure);
                    return Mono.empty();
                })
                .then();
    }

    @Override
    public void close() {
        pool.disposeLater().block(Duration.ofSeconds(10));
    }
}

package com.complaintbook.localsystem.benchmark;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class PacedLoadTest {

    private final AtomicInteger received = new AtomicInteger();
    private DisposableServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.disposeNow();
        }
    }

    @Test
    void sendsTheScheduledNumberOfRequestsWhetherOrNotEarlierOnesWereAnswered() {
        startServerAnsweringAfter(Duration.ofMillis(300));

        LoadResult result = load(200, Duration.ofMillis(500));

        // A closed loop of a few clients would have sent a handful in half a second; the schedule sends all 100.
        assertThat(received).hasValue(100);
        assertThat(result.accepted()).isEqualTo(100);
        assertThat(result.errorCount()).isZero();
    }

    @Test
    void chargesEachRequestTheTimeSinceItWasDueSoAStallIsNotHidden() {
        startServerAnsweringAfter(Duration.ofMillis(250));

        LoadResult result = load(100, Duration.ofMillis(300));

        assertThat(result.latency().count()).isEqualTo(30);
        assertThat(result.latency().p50()).isGreaterThanOrEqualTo(250.0);
    }

    @Test
    void aStoppedAllowanceEndsTheLoadEarly() {
        startServerAnsweringAfter(Duration.ZERO);
        RequestAllowance allowance = RequestAllowance.forCount(10);

        LoadResult result;
        try (PacedLoad load = new PacedLoad(target(), Duration.ofSeconds(5), new ComplaintBodies())) {
            result = load.run(1000, Duration.ofSeconds(1), allowance);
        }

        assertThat(result.requests()).isEqualTo(10);
    }

    private LoadResult load(double rate, Duration duration) {
        try (PacedLoad load = new PacedLoad(target(), Duration.ofSeconds(5), new ComplaintBodies())) {
            return load.run(rate, duration, RequestAllowance.forDuration(Duration.ofMinutes(1)));
        }
    }

    private void startServerAnsweringAfter(Duration delay) {
        server = HttpServer.create().host("127.0.0.1").port(0)
                .route(routes -> routes.post(Benchmark.SUBMISSIONS, (request, response) -> request.receive().aggregate()
                        .then(Mono.delay(delay))
                        .then(Mono.defer(() -> {
                            received.incrementAndGet();
                            return response.status(202).sendString(Mono.just("{}")).then();
                        }))))
                .bindNow();
    }

    private LoadTarget target() {
        return new LoadTarget("test", URI.create("http://127.0.0.1:" + server.port()), Benchmark.SUBMISSIONS);
    }
}

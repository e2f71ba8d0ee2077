package com.complaintbook.kit.web;

import com.mongodb.MongoTimeoutException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class StoreOutageExceptionHandlerTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final StoreOutageExceptionHandler handler =
            new StoreOutageExceptionHandler(new StoreOutageProperties(Duration.ofMillis(4500)), meters);

    @Test
    void givenTheStoreIsAway_thenTheCallerGets503ProblemWithRetryAfterAndNothingOfTheStoresOwnWords() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/things/42"));
        var failure = new DataAccessResourceFailureException("Timed out after 2000 ms while waiting for a server"
                + " that matches ReadPreferenceServerSelector; cluster state is [{address=mongo-0:27017}]",
                new MongoTimeoutException("Timed out"));

        StepVerifier.create(handler.handle(exchange, failure)).verifyComplete();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(exchange.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("5");
        String body = exchange.getResponse().getBodyAsString().block();
        JsonNode problem = JsonMapper.builder().build().readTree(body);
        assertThat(problem.get("status").asInt()).isEqualTo(503);
        assertThat(problem.get("title").asString()).isEqualTo(StoreOutageExceptionHandler.TITLE);
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/things/42");
        assertThat(body).doesNotContain("mongo-0", "Timed out", "Exception");
        assertThat(meters.counter(StoreOutageExceptionHandler.UNAVAILABLE).count()).isEqualTo(1);
    }

    @Test
    void givenAnyOtherFailure_thenItIsLeftToTheNextHandler() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/things/42"));
        IllegalStateException bug = new IllegalStateException("a bug");

        StepVerifier.create(handler.handle(exchange, bug)).verifyErrorMatches(error -> error == bug);

        assertThat(exchange.getResponse().getStatusCode()).isNull();
        assertThat(meters.counter(StoreOutageExceptionHandler.UNAVAILABLE).count()).isZero();
    }
}

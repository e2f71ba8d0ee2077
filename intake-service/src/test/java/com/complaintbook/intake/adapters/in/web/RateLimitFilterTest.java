package com.complaintbook.intake.adapters.in.web;

import com.complaintbook.contracts.Channel;
import com.complaintbook.intake.adapters.in.web.customer.CustomerLinksFixture;
import com.complaintbook.intake.adapters.in.web.security.ApiClient;
import com.complaintbook.intake.config.RateLimitProperties;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitFilterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    private final RateLimitFilter filter = new RateLimitFilter(
            new RateLimitProperties(new RateLimitProperties.Budget(2, Duration.ofMinutes(1)),
                    new RateLimitProperties.Budget(1, Duration.ofMinutes(1))),
            CustomerLinksFixture.links(CLOCK), CLOCK, JsonMapper.builder().build(), new SimpleMeterRegistry());

    @Test
    void givenASubmissionWithinBudget_whenFiltered_thenTheRequestIsHandledExactlyOnce() {
        AtomicInteger handled = new AtomicInteger();

        filter.filter(submissionFrom("website"), exchange -> Mono.fromRunnable(handled::incrementAndGet)).block();

        assertThat(handled).hasValue(1);
    }

    @Test
    void givenAKeyOverItsBudget_whenFiltered_thenTheRequestIsNotHandledAndTheCallerIsToldWhenToComeBack() {
        AtomicInteger handled = new AtomicInteger();
        for (int i = 0; i < 2; i++) {
            filter.filter(submissionFrom("website"), exchange -> Mono.fromRunnable(handled::incrementAndGet)).block();
        }
        ServerWebExchange third = submissionFrom("website");

        filter.filter(third, exchange -> Mono.fromRunnable(handled::incrementAndGet)).block();

        assertThat(handled).hasValue(2);
        assertThat(third.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(third.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("30");
    }

    @Test
    void givenAnotherKey_whenTheFirstIsOverBudget_thenItIsStillHandled() {
        AtomicInteger handled = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            filter.filter(submissionFrom("website"), exchange -> Mono.empty()).block();
        }

        filter.filter(submissionFrom("terminal-kyiv-001"), exchange -> Mono.fromRunnable(handled::incrementAndGet)).block();

        assertThat(handled).hasValue(1);
    }

    @Test
    void givenALinkOverItsBudget_whenSpelledWithPercentEncoding_thenItIsStillTheSameBudget() {
        String token = CustomerLinksFixture.links(CLOCK).url("c-1").replaceAll(".*/", "");
        AtomicInteger handled = new AtomicInteger();
        filter.filter(page(token), exchange -> Mono.fromRunnable(handled::incrementAndGet)).block();
        ServerWebExchange disguised = page("%" + Integer.toHexString(token.charAt(0)).toUpperCase() + token.substring(1));

        filter.filter(disguised, exchange -> Mono.fromRunnable(handled::incrementAndGet)).block();

        assertThat(handled).hasValue(1);
        assertThat(disguised.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }

    private static ServerWebExchange page(String token) {
        return MockServerWebExchange.from(MockServerHttpRequest.method(HttpMethod.GET, URI.create("/customer/" + token)));
    }

    private static ServerWebExchange submissionFrom(String clientId) {
        ApiClient client = new ApiClient(clientId, Channel.WEBSITE, null);
        return MockServerWebExchange.builder(MockServerHttpRequest.post("/api/v1/complaints"))
                .principal(new TestingAuthenticationToken(client, null))
                .build();
    }
}

package com.complaintbook.intake.web.adapters.in.web;

import com.complaintbook.contracts.Channel;
import com.complaintbook.intake.customer.adapters.in.web.CustomerLinksFixture;
import com.complaintbook.intake.web.adapters.in.web.security.ApiClient;
import io.micrometer.core.instrument.Tag;
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

import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitFilterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private static final String PROXY = "10.244.1.5";
    private static final String KEY_SHA256 = "0".repeat(64);

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final RateLimitFilter filter = new RateLimitFilter(
            new RateLimitProperties(budget(2), budget(2), budget(1), List.of(IpRange.of("10.244.0.0/16"))),
            new ApiClientProperties(List.of(
                    new ApiClientProperties.Client("terminal-kyiv-001", Channel.TERMINAL, "kyiv-001", KEY_SHA256, false, null),
                    new ApiClientProperties.Client("website", Channel.WEBSITE, null, KEY_SHA256, false, budget(5)))),
            CustomerLinksFixture.links(CLOCK), CLOCK, JsonMapper.builder().build(), meters);

    private final AtomicInteger handled = new AtomicInteger();

    @Test
    void givenASubmissionWithinBudget_whenFiltered_thenTheRequestIsHandledExactlyOnce() {
        filter.filter(fromTheTerminal(), this::handle).block();

        assertThat(handled).hasValue(1);
    }

    @Test
    void givenAKeyOverItsBudget_whenFiltered_thenTheRequestIsNotHandledAndTheCallerIsToldWhenToComeBack() {
        for (int i = 0; i < 2; i++) {
            filter.filter(fromTheTerminal(), this::handle).block();
        }
        ServerWebExchange third = fromTheTerminal();

        filter.filter(third, this::handle).block();

        assertThat(handled).hasValue(2);
        assertThat(third.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(third.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("30");
        assertThat(limited("api-key")).isEqualTo(1);
    }

    @Test
    void givenATerminalOverTheDefaultBudget_whenTheWebsiteSubmits_thenItSpendsItsOwnLargerBudget() {
        for (int i = 0; i < 3; i++) {
            filter.filter(fromTheTerminal(), this::handle).block();
        }

        for (int visitor = 1; visitor <= 5; visitor++) {
            filter.filter(fromTheWebsite("203.0.113." + visitor), this::handle).block();
        }
        ServerWebExchange sixth = fromTheWebsite("203.0.113.6");
        filter.filter(sixth, this::handle).block();

        assertThat(handled).hasValue(2 + 5);
        assertThat(sixth.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }

    @Test
    void givenTwoVisitorsBehindTheTrustedProxy_whenOneHasSpentTheirBudget_thenOnlyTheyAreTurnedAway() {
        for (int i = 0; i < 2; i++) {
            filter.filter(fromTheWebsite("203.0.113.1"), this::handle).block();
        }
        ServerWebExchange third = fromTheWebsite("203.0.113.1");

        filter.filter(third, this::handle).block();
        filter.filter(fromTheWebsite("203.0.113.2"), this::handle).block();

        assertThat(third.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(third.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("30");
        assertThat(handled).hasValue(3);
        assertThat(limited("end-user")).isEqualTo(1);
        assertThat(meters.getMeters()).flatMap(meter -> meter.getId().getTags()).map(Tag::getValue)
                .noneMatch(value -> value.contains("203.0.113"));
    }

    @Test
    void givenAVisitorTurnedAway_whenTheyKeepTrying_thenTheWebsitesSharedBudgetIsNotSpent() {
        for (int i = 0; i < 20; i++) {
            filter.filter(fromTheWebsite("203.0.113.1"), this::handle).block();
        }

        for (int visitor = 2; visitor <= 4; visitor++) {
            filter.filter(fromTheWebsite("203.0.113." + visitor), this::handle).block();
        }

        assertThat(handled).hasValue(2 + 3);
    }

    @Test
    void givenAPeerThatIsNoTrustedProxy_whenItRotatesXForwardedFor_thenItIsStillOneEndUser() {
        for (int i = 0; i < 5; i++) {
            ServerWebExchange request = exchange(HttpMethod.POST, "/api/v1/complaints", website(), "198.51.100.7",
                    "203.0.113." + i);
            filter.filter(request, this::handle).block();
        }

        assertThat(handled).hasValue(2);
    }

    @Test
    void givenASubmissionPathSpelledWithPercentEncoding_whenFiltered_thenItSpendsTheSameBudget() {
        filter.filter(exchange(HttpMethod.POST, "/api/v1/%63omplaints", terminal(), PROXY), this::handle).block();
        filter.filter(exchange(HttpMethod.POST, "/api/v1/comp%6Caints", terminal(), PROXY), this::handle).block();
        ServerWebExchange third = exchange(HttpMethod.POST, "/api/v1/complaints", terminal(), PROXY);

        filter.filter(third, this::handle).block();

        assertThat(handled).hasValue(2);
        assertThat(third.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }

    @Test
    void givenARequestWithoutAnApiClient_whenFiltered_thenNoBudgetIsSpent() {
        for (int i = 0; i < 5; i++) {
            filter.filter(exchange(HttpMethod.GET, "/actuator/health", null, PROXY), this::handle).block();
        }

        assertThat(handled).hasValue(5);
    }

    @Test
    void givenALinkOverItsBudget_whenSpelledWithPercentEncoding_thenItIsStillTheSameBudget() {
        String token = token();
        filter.filter(exchange(HttpMethod.GET, "/customer/" + token, null, PROXY), this::handle).block();
        ServerWebExchange disguised = exchange(HttpMethod.GET,
                "/customer/%" + Integer.toHexString(token.charAt(0)).toUpperCase() + token.substring(1), null, PROXY);

        filter.filter(disguised, this::handle).block();

        assertThat(handled).hasValue(1);
        assertThat(disguised.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(limited("customer-link")).isEqualTo(1);
    }

    @Test
    void givenALinkOverItsBudget_whenItsPathIsSpelledAnotherWayRoutingAccepts_thenItIsStillTheSameBudget() {
        String token = token();
        filter.filter(exchange(HttpMethod.GET, "/api/v1/customer/complaints/" + token, null, PROXY), this::handle).block();

        for (String spelling : List.of("/api/v1/%63ustomer/complaints/" + token, "/%63ustomer/" + token,
                "/api/v1/customer/complaints/" + token + ";v=1", "/customer/" + token + "/acceptance")) {
            ServerWebExchange disguised = exchange(HttpMethod.GET, spelling, null, PROXY);
            filter.filter(disguised, this::handle).block();
            assertThat(disguised.getResponse().getStatusCode()).as(spelling).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        }
        assertThat(handled).hasValue(1);
    }

    private Mono<Void> handle(ServerWebExchange exchange) {
        return Mono.fromRunnable(handled::incrementAndGet);
    }

    private double limited(String budget) {
        return meters.counter("complaintbook.intake.requests.limited", "budget", budget).count();
    }

    private static String token() {
        return CustomerLinksFixture.links(CLOCK).url("c-1").replaceAll(".*/", "");
    }

    private static ServerWebExchange fromTheTerminal() {
        return exchange(HttpMethod.POST, "/api/v1/complaints", terminal(), "198.51.100.1");
    }

    private static ServerWebExchange fromTheWebsite(String visitor) {
        return exchange(HttpMethod.POST, "/api/v1/complaints", website(), PROXY, visitor);
    }

    private static ApiClient terminal() {
        return new ApiClient("terminal-kyiv-001", Channel.TERMINAL, "kyiv-001");
    }

    private static ApiClient website() {
        return new ApiClient("website", Channel.WEBSITE, null);
    }

    private static ServerWebExchange exchange(HttpMethod method, String path, ApiClient client, String peer,
                                              String... forwardedFor) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.method(method, URI.create(path))
                .remoteAddress(new InetSocketAddress(IpRange.parseAddress(peer).orElseThrow(), 443));
        for (String header : forwardedFor) {
            request.header(EndUsers.FORWARDED_FOR, header);
        }
        MockServerWebExchange.Builder exchange = MockServerWebExchange.builder(request.build());
        return client == null ? exchange.build() : exchange.principal(new TestingAuthenticationToken(client, null)).build();
    }

    private static RateLimitProperties.Budget budget(int burst) {
        return new RateLimitProperties.Budget(burst, Duration.ofMinutes(1));
    }
}

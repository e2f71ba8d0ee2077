package com.complaintbook.intake;

import com.complaintbook.intake.support.IntakeClient;
import com.complaintbook.intake.support.IntakeIntegrationTest;
import com.complaintbook.intake.support.TestClock;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static com.complaintbook.intake.support.IntakeClient.TERMINAL_KEY;
import static com.complaintbook.intake.support.IntakeClient.WEBSITE_KEY;
import static com.complaintbook.intake.support.IntakeClient.linkPath;
import static com.complaintbook.intake.support.Samples.validSubmission;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each client spends its own budget, and on the website each visitor their own, however the path is
 * spelled; only the trusted proxy may say who the visitor is. The server's peer in these tests is
 * 127.0.0.1, which plays the trusted proxy.
 */
@IntakeIntegrationTest
@Import(RateLimitIT.MovableClock.class)
@TestPropertySource(properties = {
        // The clients are listed whole: a list is bound from one property source, never merged.
        "complaintbook.intake.api-clients.clients[0].id=terminal-kyiv-001",
        "complaintbook.intake.api-clients.clients[0].channel=terminal",
        "complaintbook.intake.api-clients.clients[0].store-id=kyiv-001",
        "complaintbook.intake.api-clients.clients[0].key-sha256=e48345e71d4a5213c2705641c62916ff59b9dbe5b34a281a5e69f502fae7570b",
        "complaintbook.intake.api-clients.clients[1].id=website",
        "complaintbook.intake.api-clients.clients[1].channel=website",
        "complaintbook.intake.api-clients.clients[1].key-sha256=69374ad54f40b05c1c656dc1b7db3e02a15abd71dc7e19ecfc935d693ca5ed33",
        "complaintbook.intake.api-clients.clients[1].budget.burst=8",
        "complaintbook.intake.api-clients.clients[1].budget.period=1h",
        "complaintbook.intake.rate-limits.per-api-key.burst=3",
        "complaintbook.intake.rate-limits.per-api-key.period=1h",
        "complaintbook.intake.rate-limits.per-end-user.burst=2",
        "complaintbook.intake.rate-limits.per-end-user.period=1h",
        "complaintbook.intake.rate-limits.per-customer-link.burst=2",
        "complaintbook.intake.rate-limits.per-customer-link.period=1h",
        "complaintbook.intake.rate-limits.trusted-proxies=127.0.0.1/32"})
class RateLimitIT {

    private static final Duration LONGER_THAN_ANY_PERIOD = Duration.ofHours(2);

    @Autowired WebTestClient web;
    @Autowired JsonMapper json;
    @Autowired TestClock clock;
    @Autowired MeterRegistry meters;
    @LocalServerPort int port;

    @BeforeEach
    void everyBudgetFull() {
        clock.advance(LONGER_THAN_ANY_PERIOD);
    }

    @Test
    void aTerminalAndTheWebsiteAreEachLimitedByTheirOwnBudget() {
        double limited = limited("api-key");
        for (int visitor = 1; visitor <= 4; visitor++) {
            for (int i = 0; i < 2; i++) {
                fromTheWebsite("203.0.113." + visitor).expectStatus().isAccepted();
            }
        }
        turnedAway(fromTheWebsite("203.0.113.5"));

        for (int i = 0; i < 3; i++) {
            fromTheTerminal("/api/v1/complaints").expectStatus().isAccepted();
        }
        turnedAway(fromTheTerminal("/api/v1/complaints"));

        assertThat(limited("api-key") - limited).isEqualTo(2);
    }

    @Test
    void visitorsBehindTheTrustedProxyEachHaveTheirOwnBudget() {
        double limited = limited("end-user");
        fromTheWebsite("198.51.100.1").expectStatus().isAccepted();
        fromTheWebsite("198.51.100.1").expectStatus().isAccepted();

        turnedAway(fromTheWebsite("198.51.100.1"));
        turnedAway(fromTheWebsite("203.0.113.99, 198.51.100.1"));
        fromTheWebsite("198.51.100.2").expectStatus().isAccepted();

        assertThat(limited("end-user") - limited).isEqualTo(2);
    }

    @Test
    void aSubmissionSpendsItsKeysBudgetHoweverItsPathIsSpelled() {
        fromTheTerminal("/api/v1/%63omplaints").expectStatus().isAccepted();
        fromTheTerminal("/api/v1/comp%6Caints").expectStatus().isAccepted();
        fromTheTerminal("/api/v1/complaints").expectStatus().isAccepted();

        turnedAway(fromTheTerminal("/api/v1/%63omplaints"));
    }

    @Test
    void aCustomerLinkOverItsBudgetGets429HoweverItIsSpelled() {
        IntakeClient intake = new IntakeClient(web, json);
        JsonNode accepted = intake.submitted(validSubmission());
        String token = linkPath(accepted).substring(linkPath(accepted).lastIndexOf('/') + 1);

        intake.customerStatus(linkPath(accepted)).expectStatus().isOk();
        get("/api/v1/%63ustomer/complaints/" + token).expectStatus().isOk();
        turnedAway(get("/%63ustomer/" + token));
    }

    /** Where Kubernetes would have Boot believe any X-Forwarded-For, and 127.0.0.1 is no trusted proxy. */
    @Nested
    @TestPropertySource(properties = {
            "complaintbook.intake.rate-limits.trusted-proxies=10.0.0.0/8",
            "spring.main.cloud-platform=kubernetes"})
    class FromAPeerThatIsNoTrustedProxy {

        @Autowired WebTestClient webOfThisContext;

        @Test
        void anXForwardedForIsIgnoredSoMakingUpAddressesDodgesNoBudget() {
            fromTheWebsite(webOfThisContext, "203.0.113.1").expectStatus().isAccepted();
            fromTheWebsite(webOfThisContext, "203.0.113.2").expectStatus().isAccepted();

            turnedAway(fromTheWebsite(webOfThisContext, "203.0.113.3"));
        }
    }

    private WebTestClient.ResponseSpec fromTheWebsite(String forwardedFor) {
        return fromTheWebsite(web, forwardedFor);
    }

    private static WebTestClient.ResponseSpec fromTheWebsite(WebTestClient web, String forwardedFor) {
        Map<String, Object> submission = new HashMap<>(validSubmission());
        submission.put("channel", "website");
        return web.post().uri("/api/v1/complaints").contentType(MediaType.APPLICATION_JSON)
                .header("X-API-Key", WEBSITE_KEY)
                .header("X-Forwarded-For", forwardedFor)
                .bodyValue(submission)
                .exchange();
    }

    /** Posts to the path exactly as written, percent-encoding and all. */
    private WebTestClient.ResponseSpec fromTheTerminal(String rawPath) {
        return web.post().uri(URI.create("http://localhost:" + port + rawPath)).contentType(MediaType.APPLICATION_JSON)
                .header("X-API-Key", TERMINAL_KEY)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .bodyValue(validSubmission())
                .exchange();
    }

    private WebTestClient.ResponseSpec get(String rawPath) {
        return web.get().uri(URI.create("http://localhost:" + port + rawPath)).exchange();
    }

    private static void turnedAway(WebTestClient.ResponseSpec response) {
        response.expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueMatches("Retry-After", "[1-9][0-9]*");
    }

    private double limited(String budget) {
        return meters.counter("complaintbook.intake.requests.limited", "budget", budget).count();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class MovableClock {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock(Clock.tick(Clock.systemUTC(), Duration.ofMillis(1)));
        }
    }
}

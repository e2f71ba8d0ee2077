package com.complaintbook.escalation;

import com.complaintbook.contracts.Topics;
import com.complaintbook.kit.security.StaffRole;
import com.complaintbook.kit.test.RestartableMongo;
import com.complaintbook.kit.test.TestIdentityProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The deadlines API while MongoDB is away: every read is answered 503 problem+json with Retry-After
 * within seconds, never a 500 and never the driver's 30 s wait; a bad parameter is still a 400;
 * readiness goes DOWN; once MongoDB is back the API answers again (200, and 404 for a complaint without
 * a deadline). The connection string carries no timeouts of its own: the kit's defaults are what is
 * tested.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@EmbeddedKafka(partitions = 1, topics = Topics.COMPLAINT_EVENTS, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class ApiUnderMongoOutageIT {

    /** A functional bound: well above the kit's 2 s server selection, far below the driver's own 30 s. */
    private static final Duration PROMPTLY = Duration.ofSeconds(5);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @RegisterExtension
    static final RestartableMongo MONGO = new RestartableMongo();

    @Autowired
    WebTestClient web;

    @DynamicPropertySource
    static void mongoUri(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MONGO.uri("escalation-service"));
    }

    @BeforeEach
    void signIn() {
        web = TestIdentityProvider.shared().asStaff(web, "e-manager", StaffRole.MANAGER);
    }

    @Test
    void givenMongoDown_thenReadsAre503WithRetryAfterWithinSecondsAndAnswerAgainOnceItIsBack() {
        web.get().uri("/api/v1/deadlines?state=OPEN").exchange().expectStatus().isOk();

        MONGO.stop();
        try {
            for (String uri : List.of("/api/v1/deadlines/some-complaint", "/api/v1/deadlines?state=OPEN",
                    "/api/v1/deadlines?state=OPEN&dueBefore=2026-11-25T00:00:00Z")) {
                assertUnavailablePromptly(uri);
            }
            web.get().uri("/api/v1/deadlines?limit=0").exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            long started = System.nanoTime();
            await().atMost(PATIENCE).untilAsserted(() -> web.get().uri("/actuator/health/readiness").exchange()
                    .expectStatus().isEqualTo(503));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("readiness says DOWN promptly")
                    .isLessThan(PROMPTLY);
        } finally {
            MONGO.start();
        }

        await().atMost(PATIENCE).untilAsserted(() -> {
            web.get().uri("/api/v1/deadlines?state=OPEN").exchange().expectStatus().isOk();
            web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        });
        web.get().uri("/api/v1/deadlines/some-complaint").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private void assertUnavailablePromptly(String uri) {
        long started = System.nanoTime();
        web.mutate().responseTimeout(PATIENCE).build()
                .get().uri(uri).exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("Retry-After", "5")
                .expectBody()
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.title").isEqualTo("Temporarily unavailable")
                .jsonPath("$.instance").isEqualTo(uri.replaceAll("\\?.*", ""))
                .jsonPath("$.trace").doesNotExist();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("%s answered within seconds", uri)
                .isLessThan(PROMPTLY);
    }
}

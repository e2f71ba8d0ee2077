package com.complaintbook.routing;

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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The admin API while routing's MongoDB is away: what needs the store (an import, the change events, a
 * complaint's decisions) is answered 503 problem+json with Retry-After within seconds, never a 500 and
 * never the driver's 30 s wait; what the versions in memory answer (the chart, an export) still works;
 * readiness goes DOWN; once MongoDB is back the API answers again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "complaintbook.routing.organisation.file=src/test/resources/organisation/test-organisation.yaml")
@AutoConfigureWebTestClient
@EmbeddedKafka(partitions = 1, topics = Topics.COMPLAINT_EVENTS, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class ApiUnderMongoOutageIT {

    /** A functional bound: well above the kit's 2 s server selection, far below the driver's own 30 s. */
    private static final Duration PROMPTLY = Duration.ofSeconds(5);
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final MediaType YAML = MediaType.parseMediaType("application/yaml");

    @RegisterExtension
    static final RestartableMongo MONGO = new RestartableMongo();

    @Autowired
    WebTestClient web;

    @DynamicPropertySource
    static void mongoUri(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MONGO.uri("routing-service"));
    }

    @BeforeEach
    void signIn() {
        web = TestIdentityProvider.shared().asStaff(web, "an-admin", StaffRole.ADMIN);
    }

    @Test
    void givenMongoDown_thenStoreRequestsAre503WithRetryAfterWithinSecondsAndAnswerAgainOnceItIsBack()
            throws IOException {
        String organisation = Files.readString(Path.of("src/test/resources/organisation/test-organisation.yaml"));
        await().atMost(PATIENCE).untilAsserted(() ->
                web.get().uri("/api/v1/organisation/changes").exchange().expectStatus().isOk());

        MONGO.stop();
        try {
            assertUnavailablePromptly(web.put().uri("/api/v1/organisation").contentType(YAML).bodyValue(organisation));
            assertUnavailablePromptly(web.get().uri("/api/v1/organisation/changes"));
            assertUnavailablePromptly(web.get().uri("/api/v1/routing/complaints/some-complaint"));
            web.get().uri("/api/v1/organisation/chart").exchange().expectStatus().isOk();
            long started = System.nanoTime();
            await().atMost(PATIENCE).untilAsserted(() -> web.get().uri("/actuator/health/readiness").exchange()
                    .expectStatus().isEqualTo(503));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("readiness says DOWN promptly")
                    .isLessThan(PROMPTLY);
        } finally {
            MONGO.start();
        }

        await().atMost(PATIENCE).untilAsserted(() -> {
            web.get().uri("/api/v1/organisation/changes").exchange().expectStatus().isOk();
            web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        });
        web.put().uri("/api/v1/organisation").contentType(YAML).bodyValue(organisation).exchange()
                .expectStatus().isOk();
    }

    private void assertUnavailablePromptly(WebTestClient.RequestHeadersSpec<?> request) {
        long started = System.nanoTime();
        request.exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("Retry-After", "5")
                .expectBody()
                .jsonPath("$.title").isEqualTo("Temporarily unavailable");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("answered within seconds").isLessThan(PROMPTLY);
    }
}

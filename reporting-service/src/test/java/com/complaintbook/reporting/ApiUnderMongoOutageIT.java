package com.complaintbook.reporting;

import com.complaintbook.contracts.Topics;
import com.complaintbook.contracts.events.ComplaintEventType;
import com.complaintbook.contracts.samples.SampleEvent;
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
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The query API while MongoDB is away: every read is answered 503 problem+json with Retry-After within
 * seconds, never a 500 and never the driver's 30 s wait; refusals that need no store (a bad parameter)
 * are answered as before; readiness goes DOWN; once MongoDB is back the API answers 200 again. The
 * connection string carries no timeouts of its own: the kit's defaults are what is tested.
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
    private WebTestClient http;

    @Autowired
    private KafkaTemplate<String, String> kafka;

    @DynamicPropertySource
    static void mongoUri(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MONGO.uri("reporting-service"));
    }

    @BeforeEach
    void signIn() {
        http = TestIdentityProvider.shared().asStaff(http, "e-analyst", StaffRole.ANALYST);
    }

    @Test
    void givenMongoDown_thenReadsAre503WithRetryAfterWithinSecondsAndAnswerAgainOnceItIsBack() {
        String id = UUID.randomUUID().toString();
        kafka.send(Topics.COMPLAINT_EVENTS, id,
                SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint(id).payload("reference", "KB-26-7").json()).join();
        await().atMost(PATIENCE).untilAsserted(() -> http.get().uri("/api/v1/complaints/{id}", id).exchange()
                .expectStatus().isOk());

        MONGO.stop();
        try {
            for (String uri : List.of("/api/v1/complaints/" + id, "/api/v1/complaints/by-reference/KB-26-7",
                    "/api/v1/complaints?size=10", "/api/v1/reports/status-counts", "/api/v1/reports/deadline-counts")) {
                assertUnavailablePromptly(uri);
            }
            http.get().uri("/api/v1/complaints?size=0").exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            long started = System.nanoTime();
            await().atMost(PATIENCE).untilAsserted(() -> http.get().uri("/actuator/health/readiness").exchange()
                    .expectStatus().isEqualTo(503));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("readiness says DOWN promptly")
                    .isLessThan(PROMPTLY);
        } finally {
            MONGO.start();
        }

        await().atMost(PATIENCE).untilAsserted(() -> {
            http.get().uri("/api/v1/reports/status-counts").exchange().expectStatus().isOk();
            http.get().uri("/api/v1/complaints?size=10").exchange().expectStatus().isOk();
            http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        });
    }

    private void assertUnavailablePromptly(String uri) {
        long started = System.nanoTime();
        http.mutate().responseTimeout(PATIENCE).build()
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

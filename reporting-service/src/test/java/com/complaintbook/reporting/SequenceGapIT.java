package com.complaintbook.reporting;

import com.complaintbook.contracts.Topics;
import com.complaintbook.contracts.events.ComplaintEventType;
import com.complaintbook.contracts.samples.SampleEvent;
import com.complaintbook.kit.security.StaffRole;
import com.complaintbook.kit.test.EmbeddedMongo;
import com.complaintbook.kit.test.TestIdentityProvider;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A complaint's events arriving out of sequence (issue 7): one parked on the dead-letter topic and
 * re-driven later, or lost. The view must never skip the missing event nor refuse it when it comes:
 * what comes after it is held, alarmed on, and applied in order once it is there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@EmbeddedKafka(partitions = 1, topics = Topics.COMPLAINT_EVENTS, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@Import(EmbeddedMongo.class)
class SequenceGapIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final AtomicInteger REFERENCES = new AtomicInteger(500_000);

    @Autowired
    private WebTestClient http;

    @Autowired
    private KafkaTemplate<String, String> kafka;

    @Autowired
    private MeterRegistry meters;

    @BeforeEach
    void signIn() {
        http = TestIdentityProvider.shared().asStaff(http, "e-analyst", StaffRole.ANALYST);
    }

    @Test
    void givenAnAnswerWhoseAssignmentIsMissing_thenTheAnswerIsHeld_andWhenTheAssignmentComesBothAreAppliedInOrder() {
        String id = UUID.randomUUID().toString();
        publish(id, submission(id));
        awaitStatus(id, "SUBMITTED");

        publish(id, SampleEvent.of(ComplaintEventType.ANSWERED).forComplaint(id));
        await().atMost(PATIENCE).until(() -> held() >= 1);
        String stillSubmitted = view(id);
        assertThat(stillSubmitted).contains("\"status\":\"SUBMITTED\"").contains("\"lastSequence\":0");
        assertThat(oldestHeldAgeSeconds()).isGreaterThanOrEqualTo(0);

        publish(id, SampleEvent.of(ComplaintEventType.ASSIGNED).forComplaint(id));

        awaitStatus(id, "ANSWERED");
        http.get().uri("/api/v1/complaints/{id}", id).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.assignee.id").isEqualTo("e-delivery-lead")
                .jsonPath("$.deadline").isEqualTo("2026-11-23T09:15:30Z")
                .jsonPath("$.answeredBy").isNotEmpty()
                .jsonPath("$.lastSequence").isEqualTo(2);
        await().atMost(PATIENCE).until(() -> held() == 0);
    }

    @Test
    void givenASubmissionThatArrivesAfterTheAssignment_thenItIsNotRefused_andItsStoreAndCategoryAreThere() {
        String id = UUID.randomUUID().toString();
        publish(id, SampleEvent.of(ComplaintEventType.ASSIGNED).forComplaint(id));
        await().atMost(PATIENCE).until(() -> held() >= 1);
        http.get().uri("/api/v1/complaints/{id}", id).exchange().expectStatus().isNotFound();

        publish(id, submission(id));

        awaitStatus(id, "ASSIGNED");
        http.get().uri("/api/v1/complaints/{id}", id).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.storeId").isEqualTo("kyiv-001")
                .jsonPath("$.category").isEqualTo("delivery")
                .jsonPath("$.kind").isEqualTo("complaint")
                .jsonPath("$.assignee.id").isEqualTo("e-delivery-lead")
                .jsonPath("$.lastSequence").isEqualTo(1);
        await().atMost(PATIENCE).until(() -> held() == 0);
    }

    @Test
    void givenAHeldEscalationDeliveredAgain_thenItCountsOnceWhenItsPredecessorComes() {
        String id = UUID.randomUUID().toString();
        publish(id, submission(id));
        awaitStatus(id, "SUBMITTED");
        SampleEvent escalated = SampleEvent.of(ComplaintEventType.ESCALATED).forComplaint(id);

        publish(id, escalated);
        publish(id, escalated);
        await().atMost(PATIENCE).until(() -> held() >= 1);

        publish(id, SampleEvent.of(ComplaintEventType.ASSIGNED).forComplaint(id));

        awaitStatus(id, "ESCALATED");
        http.get().uri("/api/v1/complaints/{id}", id).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.escalationCount").isEqualTo(1)
                .jsonPath("$.lastSequence").isEqualTo(2);
        await().atMost(PATIENCE).until(() -> held() == 0);
    }

    @Test
    void givenAWarningThatArrivesTwiceBeforeItsAssignment_thenItIsHeldUncounted_andCountsOnceWhenTheAssignmentComes() {
        String id = UUID.randomUUID().toString();
        publish(id, submission(id));
        awaitStatus(id, "SUBMITTED");
        SampleEvent warned = SampleEvent.of(ComplaintEventType.DEADLINE_APPROACHING).forComplaint(id).sequence(2)
                .payload("warnedAt", "2036-01-10T10:00:00Z");

        publish(id, warned);
        publish(id, warned);
        await().atMost(PATIENCE).until(() -> held() >= 1);
        http.get().uri("/api/v1/complaints/{id}", id).exchange()
                .expectBody().jsonPath("$.warningCount").isEqualTo(0);
        warningsIn2036(0);

        publish(id, SampleEvent.of(ComplaintEventType.ASSIGNED).forComplaint(id));

        await().atMost(PATIENCE).untilAsserted(() -> http.get().uri("/api/v1/complaints/{id}", id).exchange()
                .expectBody()
                .jsonPath("$.lastSequence").isEqualTo(2)
                .jsonPath("$.status").isEqualTo("ASSIGNED")
                .jsonPath("$.warningCount").isEqualTo(1)
                .jsonPath("$.warnedAt").isEqualTo("2036-01-10T10:00:00Z"));
        warningsIn2036(1);
        await().atMost(PATIENCE).until(() -> held() == 0);
    }

    private void warningsIn2036(int expected) {
        http.get().uri("/api/v1/reports/deadline-counts?from=2036-01-01T00:00:00Z&to=2037-01-01T00:00:00Z").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.warnings.total").isEqualTo(expected);
    }

    private double held() {
        return gauge("complaintbook.events.held");
    }

    private double oldestHeldAgeSeconds() {
        return gauge("complaintbook.events.held.oldest.age");
    }

    private double gauge(String name) {
        Gauge gauge = meters.find(name).tag("group", "reporting-service").gauge();
        return gauge == null ? Double.NaN : gauge.value();
    }

    private String view(String id) {
        return http.get().uri("/api/v1/complaints/{id}", id).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    private void publish(String key, SampleEvent event) {
        kafka.send(Topics.COMPLAINT_EVENTS, key, event.json()).join();
    }

    private void awaitStatus(String complaintId, String status) {
        await().atMost(PATIENCE).untilAsserted(() -> http.get().uri("/api/v1/complaints/{id}", complaintId).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo(status));
    }

    private static SampleEvent submission(String id) {
        return SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint(id).payload("reference", "KB-26-" + REFERENCES.incrementAndGet());
    }
}

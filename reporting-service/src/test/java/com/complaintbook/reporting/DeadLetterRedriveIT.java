package com.complaintbook.reporting;

import com.complaintbook.contracts.Topics;
import com.complaintbook.contracts.events.ComplaintEventType;
import com.complaintbook.contracts.samples.SampleEvent;
import com.complaintbook.kit.security.StaffRole;
import com.complaintbook.kit.test.EmbeddedMongo;
import com.complaintbook.kit.test.TestIdentityProvider;
import com.complaintbook.kit.test.TopicRecorder;
import com.jayway.jsonpath.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 7: a parked record re-driven by an operator once its cause is mended is applied once, however
 * often it is re-driven. The story: intake gave one reference to two complaints, so reporting refused
 * the second submission (the first kept the reference); support corrects the first complaint's view,
 * whose reference was the wrong one, and re-drives the second's record. Calls go without a token:
 * the admin path is secured by the service's security configuration, not by the kit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "complaintbook.kafka.dead-letters.depth-interval=500ms")
@AutoConfigureWebTestClient
@EmbeddedKafka(partitions = 1, topics = Topics.COMPLAINT_EVENTS, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@Import(EmbeddedMongo.class)
class DeadLetterRedriveIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String DEAD_LETTERS = Topics.deadLetterTopic(Topics.COMPLAINT_EVENTS, "reporting-service");
    private static final String ADMIN = "/api/v1/admin/dead-letters";

    @Autowired
    private WebTestClient http;

    @Autowired
    private KafkaTemplate<String, String> kafka;

    @Autowired
    private EmbeddedKafkaBroker broker;

    @Autowired
    private MongoTemplate mongo;

    @BeforeEach
    void signIn() {
        http = TestIdentityProvider.shared().asStaff(http, "ops-admin", StaffRole.ADMIN);
    }

    @Test
    void givenASubmissionRefusedForATakenReference_whenTheCauseIsMendedAndItIsRedrivenTwice_thenItIsAppliedOnce() {
        String store = "store-" + UUID.randomUUID();
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        publish(first, submission(first, store, "KB-26-700001"));
        awaitStatus(first, "SUBMITTED");
        publish(second, submission(second, store, "KB-26-700001"));
        awaitWaiting("ReferenceTakenException", 1);
        http.get().uri("/api/v1/complaints/{id}", second).exchange().expectStatus().isNotFound();
        int parked = waiting();
        awaitDepthGauge(parked);

        mongo.updateFirst(new Query(Criteria.where("_id").is(first)), new Update().set("reference", "KB-26-700000"),
                "complaint_views");
        redrive(second)
                .jsonPath("$.selected").isEqualTo(1)
                .jsonPath("$.pending").isEqualTo(1)
                .jsonPath("$.republished").isEqualTo(1)
                .jsonPath("$.alreadyRedriven").isEqualTo(0);
        awaitStatus(second, "SUBMITTED");
        redrive(second)
                .jsonPath("$.selected").isEqualTo(1)
                .jsonPath("$.alreadyRedriven").isEqualTo(1)
                .jsonPath("$.republished").isEqualTo(0);

        String marker = UUID.randomUUID().toString();
        publish(marker, submission(marker, store, "KB-26-700002"));
        awaitStatus(marker, "SUBMITTED");
        http.get().uri("/api/v1/complaints/by-reference/{reference}", "KB-26-700001").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.complaintId").isEqualTo(second)
                .jsonPath("$.lastSequence").isEqualTo(0);
        http.get().uri("/api/v1/complaints?storeId={store}", store).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.totalItems").isEqualTo(3)
                .jsonPath("$.items[*].complaintId").value(List.class, ids -> assertThat(ids).doesNotHaveDuplicates());
        try (TopicRecorder events = new TopicRecorder(broker.getBrokersAsString(), Topics.COMPLAINT_EVENTS)) {
            assertThat(await().atMost(PATIENCE).until(() -> events.records(Topics.COMPLAINT_EVENTS, second),
                    records -> records.size() >= 2))
                    .filteredOn(record -> record.headers().lastHeader("complaintbook-redriven-from") != null)
                    .singleElement()
                    .extracting(ConsumerRecord::value).asString().contains("KB-26-700001");
        }
        awaitWaiting("ReferenceTakenException", 0);
        assertThat(waiting()).isEqualTo(parked - 1);
        awaitDepthGauge(parked - 1);
    }

    @Test
    void givenADryRun_thenItCountsWhatWouldBeRedrivenAndPublishesNothing() {
        String id = UUID.randomUUID().toString();
        String poison = "{ not an event " + id;
        kafka.send(Topics.COMPLAINT_EVENTS, id, poison).join();
        awaitWaiting("UnreadableEventException", 1);

        http.post().uri(ADMIN + "/redrive").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"complaintId\": \"" + id + "\", \"dryRun\": true}").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.dryRun").isEqualTo(true)
                .jsonPath("$.selected").isEqualTo(1)
                .jsonPath("$.pending").isEqualTo(1)
                .jsonPath("$.republished").isEqualTo(0);

        awaitWaiting("UnreadableEventException", 1);
    }

    @Test
    void givenASelectionItCannotMatch_thenBadRequestAsProblemDetailNamingTheField() {
        http.post().uri(ADMIN + "/redrive").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"reason\": \"ReferenceTakenException: Reference KB-1\"}").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.title").isEqualTo("Invalid re-drive selection")
                .jsonPath("$.field").isEqualTo("reason");
        http.post().uri(ADMIN + "/redrive").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"complaintId\": ").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.title").isEqualTo("Unreadable request");
    }

    private WebTestClient.BodyContentSpec redrive(String complaintId) {
        return http.post().uri(ADMIN + "/redrive").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"complaintId\": \"" + complaintId + "\"}").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.dryRun").isEqualTo(false)
                .jsonPath("$.failed").isEqualTo(0);
    }

    private void awaitWaiting(String reason, int count) {
        await().atMost(PATIENCE).untilAsserted(() -> {
            WebTestClient.BodyContentSpec summary = http.get().uri(ADMIN).exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.topics[0].topic").isEqualTo(DEAD_LETTERS);
            if (count == 0) {
                summary.jsonPath("$.topics[0].waitingByReason." + reason).doesNotExist();
            } else {
                summary.jsonPath("$.topics[0].waitingByReason." + reason).isEqualTo(count);
            }
        });
    }

    /** Every record waiting on the dead-letter topic, whatever its reason. */
    private int waiting() {
        return http.get().uri(ADMIN).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody()
                .transform(body -> JsonPath.<Integer>read(body, "$.topics[0].waiting"));
    }

    private void awaitDepthGauge(int depth) {
        await().atMost(PATIENCE).untilAsserted(() -> http.get().uri("/actuator/prometheus").exchange()
                .expectBody(String.class).value(metrics -> assertThat(metrics)
                        .contains("complaintbook_dead_letters_depth{application=\"reporting-service\",topic=\""
                                + DEAD_LETTERS + "\"} " + depth + ".0")));
    }

    private void publish(String key, SampleEvent event) {
        kafka.send(Topics.COMPLAINT_EVENTS, key, event.json()).join();
    }

    private void awaitStatus(String complaintId, String status) {
        await().atMost(PATIENCE).untilAsserted(() -> http.get().uri("/api/v1/complaints/{id}", complaintId).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo(status));
    }

    private static SampleEvent submission(String id, String store, String reference) {
        return SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint(id)
                .payload("storeId", store).payload("reference", reference);
    }
}

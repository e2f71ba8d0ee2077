package com.complaintbook.escalation;

import com.complaintbook.contracts.Topics;
import com.complaintbook.kit.kafka.ConsumerFailurePolicy;
import com.complaintbook.kit.security.StaffRole;
import com.complaintbook.kit.test.EmbeddedMongo;
import com.complaintbook.kit.test.TestIdentityProvider;
import com.complaintbook.kit.test.TopicRecorder;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.ContainerTestUtils;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service against a real broker and a real MongoDB wire-protocol server: events in on the events
 * topic, deadlines out through the read API, unreadable records out on the dead-letter topic. A
 * record that failed for any reason but a refusal would be retried without end, never parked, so
 * one that should be parked at once and is not fails the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(topics = Topics.COMPLAINT_EVENTS, partitions = 3,
        bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@AutoConfigureWebTestClient
@Import(EmbeddedMongo.class)
class EscalationServiceIT {

    private static final String GROUP = "escalation-service";
    private static final String DEAD_LETTERS = Topics.deadLetterTopic(Topics.COMPLAINT_EVENTS, GROUP);
    private static final Duration PROMPTLY = Duration.ofSeconds(15);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Autowired
    MeterRegistry meters;

    @Autowired
    WebTestClient web;

    private KafkaProducer<String, String> producer;
    private TopicRecorder recorder;
    private Admin admin;

    @BeforeEach
    void signIn() {
        web = TestIdentityProvider.shared().asStaff(web, "e-manager", StaffRole.MANAGER);
    }

    @BeforeEach
    void connect() {
        listeners.getListenerContainers().forEach(container -> ContainerTestUtils.waitForAssignment(container, 3));
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
        recorder = new TopicRecorder(broker.getBrokersAsString(), DEAD_LETTERS);
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()));
    }

    @AfterEach
    void disconnect() {
        producer.close();
        recorder.close();
        admin.close();
    }

    @Test
    void givenASubmittedAndAssignedComplaint_whenConsumed_thenItsDeadlineIsOpen() {
        String complaintId = UUID.randomUUID().toString();
        ObjectNode assigned = event("ComplaintAssigned", complaintId);
        assigned.put("traceId", "added-by-a-newer-producer");
        payload(assigned).put("businessHoursOnly", true);

        publish(complaintId, event("ComplaintSubmitted", complaintId));
        awaitConsumed(publish(complaintId, assigned));

        JsonNode deadline = deadline(complaintId);
        assertThat(deadline.get("state").asString()).isEqualTo("OPEN");
        assertThat(deadline.get("level").asInt()).isZero();
        assertThat(deadline.get("assigneeId").asString()).isEqualTo("e-delivery-lead");
        assertThat(deadline.get("deadline").asString()).isEqualTo("2026-11-23T09:15:30Z");
        assertThat(deadline.get("lastSequence").asLong()).isEqualTo(1);
    }

    @Test
    void givenAnAnsweredComplaint_whenItsAssignmentIsRedelivered_thenTheDeadlineStaysClosed() {
        String complaintId = UUID.randomUUID().toString();
        ObjectNode assigned = event("ComplaintAssigned", complaintId);
        publish(complaintId, event("ComplaintSubmitted", complaintId));
        publish(complaintId, assigned);
        awaitConsumed(publish(complaintId, event("ComplaintAnswered", complaintId)));
        assertThat(deadline(complaintId).get("state").asString()).isEqualTo("ANSWERED");
        double stale = meters.counter("complaintbook.escalation.events.stale").count();

        awaitConsumed(publish(complaintId, assigned));

        JsonNode deadline = deadline(complaintId);
        assertThat(deadline.get("state").asString()).isEqualTo("ANSWERED");
        assertThat(deadline.get("lastSequence").asLong()).isEqualTo(2);
        assertThat(meters.counter("complaintbook.escalation.events.stale").count()).isEqualTo(stale + 1);
    }

    @Test
    void givenARejectedComplaint_whenConsumed_thenItsDeadlineIsNoLongerOpen() {
        String complaintId = UUID.randomUUID().toString();
        publish(complaintId, event("ComplaintSubmitted", complaintId));
        publish(complaintId, event("ComplaintAssigned", complaintId));
        awaitConsumed(publish(complaintId, event("ComplaintRejected", complaintId)));

        assertThat(deadline(complaintId).get("state").asString()).isEqualTo("REJECTED");
    }

    @Test
    void givenAComplaintThatClimbed_whenTheNextLevelIsAssigned_thenTheDeadlineReopensThere() {
        String complaintId = UUID.randomUUID().toString();
        publish(complaintId, event("ComplaintSubmitted", complaintId));
        publish(complaintId, event("ComplaintAssigned", complaintId));
        awaitConsumed(publish(complaintId, event("ComplaintEscalated", complaintId)));
        assertThat(deadline(complaintId).get("state").asString()).isEqualTo("SUPERSEDED");

        ObjectNode reassigned = event("ComplaintAssigned", complaintId);
        reassigned.put("sequence", 3);
        payload(reassigned).put("level", 1);
        payload(reassigned).put("deadline", "2026-11-27T09:16:00Z");
        ((ObjectNode) payload(reassigned).get("assignee")).put("id", "m-logistics");
        awaitConsumed(publish(complaintId, reassigned));

        JsonNode deadline = deadline(complaintId);
        assertThat(deadline.get("state").asString()).isEqualTo("OPEN");
        assertThat(deadline.get("level").asInt()).isEqualTo(1);
        assertThat(deadline.get("assigneeId").asString()).isEqualTo("m-logistics");
        assertThat(deadline.get("deadline").asString()).isEqualTo("2026-11-27T09:16:00Z");
    }

    @Test
    void givenTheWholeStreamReplayed_whenConsumedAgain_thenTheDeadlineIsExactlyAsBefore() {
        String complaintId = UUID.randomUUID().toString();
        ObjectNode[] stream = {event("ComplaintSubmitted", complaintId), event("ComplaintAssigned", complaintId),
                event("ComplaintAnswered", complaintId)};
        RecordMetadata last = null;
        for (ObjectNode event : stream) {
            last = publish(complaintId, event);
        }
        awaitConsumed(last);
        JsonNode before = deadline(complaintId);

        for (ObjectNode event : stream) {
            last = publish(complaintId, event);
        }
        awaitConsumed(last);

        assertThat(deadline(complaintId)).isEqualTo(before);
    }

    @Test
    void givenAPoisonRecord_whenConsumed_thenItIsParkedAtOnceAndTheNextEventIsStillRecorded() {
        String poisoned = UUID.randomUUID().toString();
        String healthy = UUID.randomUUID().toString();
        double parkedBefore = meters.counter(ConsumerFailurePolicy.DEAD_LETTERED,
                "group", GROUP, "reason", "UnreadableEventException").count();

        publish(poisoned, "{\"eventId\": this is not JSON");
        publish(healthy, event("ComplaintSubmitted", healthy));
        RecordMetadata next = publish(healthy, event("ComplaintAssigned", healthy).toString());

        await().atMost(PROMPTLY).untilAsserted(() -> assertThat(recorder.records(DEAD_LETTERS, poisoned))
                .singleElement()
                .satisfies(parked -> {
                    assertThat(parked.value()).isEqualTo("{\"eventId\": this is not JSON");
                    assertThat(new String(parked.headers().lastHeader(ConsumerFailurePolicy.REASON_HEADER).value(),
                            StandardCharsets.UTF_8)).startsWith("UnreadableEventException: ");
                }));
        // Counted just after the record is parked, so it may trail the dead-letter record by a moment.
        await().atMost(PROMPTLY).untilAsserted(() -> assertThat(meters.counter(ConsumerFailurePolicy.DEAD_LETTERED,
                "group", GROUP, "reason", "UnreadableEventException").count()).isEqualTo(parkedBefore + 1));
        web.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class)
                .value(body -> assertThat(body).containsPattern("complaintbook_events_dead_lettered_total\\{[^}]*"
                        + "group=\"escalation-service\"[^}]*reason=\"UnreadableEventException\"[^}]*} [1-9]"));
        awaitConsumed(next);
        assertThat(deadline(healthy).get("state").asString()).isEqualTo("OPEN");
    }

    @Test
    void givenMissedDeadlinesTheStreamRecorded_whenListingBreaches_thenEachIsListedOnceBelowAndAtTheTop() {
        String climbed = UUID.randomUUID().toString();
        String atTop = UUID.randomUUID().toString();
        publish(climbed, event("ComplaintSubmitted", climbed));
        publish(climbed, event("ComplaintAssigned", climbed));
        ObjectNode escalated = event("ComplaintEscalated", climbed);
        publish(climbed, escalated);
        publish(atTop, event("ComplaintSubmitted", atTop));
        publish(atTop, event("ComplaintAssigned", atTop));
        ObjectNode missedAtTop = event("ComplaintDeadlineMissedAtTop", atTop);
        missedAtTop.put("sequence", 2);
        publish(atTop, missedAtTop);
        awaitConsumed(publish(climbed, escalated));
        awaitConsumed(publish(atTop, missedAtTop));

        JsonNode all = breaches("/api/v1/breaches?since=2026-11-01T00:00:00Z&limit=500");
        assertThat(all.valueStream().filter(breach -> breach.get("complaintId").asString().equals(climbed)))
                .singleElement()
                .satisfies(breach -> {
                    assertThat(breach.get("level").asInt()).isZero();
                    assertThat(breach.get("top").asBoolean()).isFalse();
                    assertThat(breach.get("assigneeId").asString()).isEqualTo("e-delivery-lead");
                    assertThat(breach.get("deadline").asString()).isEqualTo("2026-11-23T09:15:30Z");
                });
        assertThat(breaches("/api/v1/breaches?top=true&limit=500").valueStream()
                .map(breach -> breach.get("complaintId").asString()))
                .contains(atTop)
                .doesNotContain(climbed);
        assertThat(breaches("/api/v1/breaches?level=3&limit=500").valueStream()
                .map(breach -> breach.get("complaintId").asString()))
                .contains(atTop)
                .doesNotContain(climbed);
        assertThat(deadline(atTop).get("overdueAtTop").asBoolean()).isTrue();
        assertThat(deadline(atTop).get("nextAction").isNull()).isTrue();
        web.get().uri("/api/v1/breaches?limit=501").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/v1/breaches?since=yesterday").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private JsonNode breaches(String uri) {
        return JSON.readTree(web.get().uri(uri).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
    }

    @Test
    void givenAComplaintWithoutDeadline_whenAskedFor_thenNotFoundAsProblemDetails() {
        web.get().uri("/api/v1/deadlines/{id}", "no-such-complaint").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.title").isEqualTo("Deadline not found")
                .jsonPath("$.complaintId").isEqualTo("no-such-complaint");
    }

    @Test
    void givenOpenDeadlines_whenListingThoseDueBeforeAMoment_thenOnlyTheOverdueOnesAreListed() {
        String overdue = UUID.randomUUID().toString();
        String notYetDue = UUID.randomUUID().toString();
        ObjectNode early = event("ComplaintAssigned", overdue);
        payload(early).put("deadline", "2031-01-10T00:00:00Z");
        ObjectNode late = event("ComplaintAssigned", notYetDue);
        payload(late).put("deadline", "2031-02-10T00:00:00Z");
        publish(overdue, event("ComplaintSubmitted", overdue));
        publish(notYetDue, event("ComplaintSubmitted", notYetDue));
        awaitConsumed(publish(overdue, early));
        awaitConsumed(publish(notYetDue, late));

        JsonNode listed = JSON.readTree(web.get()
                .uri("/api/v1/deadlines?state=OPEN&dueBefore=2031-01-31T00:00:00Z&limit=500").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());

        assertThat(listed.valueStream().map(deadline -> deadline.get("complaintId").asString()))
                .contains(overdue)
                .doesNotContain(notYetDue);
    }

    @Test
    void givenAStateThatDoesNotExist_whenListing_thenBadRequestAsProblemDetails() {
        web.get().uri("/api/v1/deadlines?state=LOST").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/v1/deadlines?limit=0").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail").isEqualTo("limit must be between 1 and 500");
    }

    @Test
    void givenARunningService_whenProbedForReadiness_thenMongoAndTheConsumersArePartOfIt() {
        web.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.mongo.status").isEqualTo("UP")
                .jsonPath("$.components.consumers.status").isEqualTo("UP");
    }

    private JsonNode deadline(String complaintId) {
        return JSON.readTree(web.get().uri("/api/v1/deadlines/{id}", complaintId).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
    }

    private RecordMetadata publish(String key, ObjectNode event) {
        return publish(key, event.toString());
    }

    private RecordMetadata publish(String key, String value) {
        try {
            return producer.send(new ProducerRecord<>(Topics.COMPLAINT_EVENTS, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the service's consumer group has committed past {@code record}: it was handled. */
    private void awaitConsumed(RecordMetadata record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        await().atMost(PROMPTLY).until(() -> {
            OffsetAndMetadata committed = admin.listConsumerGroupOffsets(GROUP)
                    .partitionsToOffsetAndMetadata().get().get(partition);
            return committed != null && committed.offset() > record.offset();
        });
    }

    /** A golden sample turned into an event of a new complaint. */
    private static ObjectNode event(String type, String complaintId) {
        String path = "/contracts/samples/events/" + type + ".v1.json";
        try (InputStream in = EscalationServiceIT.class.getResourceAsStream(path)) {
            ObjectNode event = (ObjectNode) JSON.readTree(in);
            event.put("eventId", UUID.randomUUID().toString());
            event.put("complaintId", complaintId);
            payload(event).put("complaintId", complaintId);
            return event;
        } catch (IOException e) {
            throw new IllegalStateException(path, e);
        }
    }

    private static ObjectNode payload(ObjectNode event) {
        return (ObjectNode) event.get("payload");
    }
}

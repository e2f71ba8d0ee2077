package com.complaintbook.routing;

import com.complaintbook.contracts.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service against a real broker: events in on the events topic, commands out on the commands
 * topic, unreadable records out on the dead-letter topic.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // A retried record would take at least 20 s to reach the dead-letter topic; the poison test
        // waits far less, so it also proves unreadable records skip the retries.
        "complaintbook.routing.kafka.retry-interval=20s",
        "complaintbook.routing.kafka.retries=1"})
@EmbeddedKafka(topics = Topics.COMPLAINT_EVENTS, partitions = 3,
        bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@AutoConfigureWebTestClient
class RoutingServiceIT {

    private static final String GROUP = "routing-service";
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
    void connect() {
        listeners.getListenerContainers().forEach(container -> ContainerTestUtils.waitForAssignment(container, 3));
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
        recorder = new TopicRecorder(broker.getBrokersAsString(), Topics.COMPLAINT_COMMANDS, DEAD_LETTERS);
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()));
    }

    @AfterEach
    void disconnect() {
        producer.close();
        recorder.close();
        admin.close();
    }

    @Test
    void givenASubmittedDeliveryComplaint_whenPublished_thenTheDeliveryLeadIsAssignedForThreeDays() {
        String complaintId = UUID.randomUUID().toString();
        ObjectNode submitted = event("ComplaintSubmitted", complaintId);
        submitted.put("traceId", "added-by-a-newer-producer");
        payload(submitted).put("priority", "high");

        publish(complaintId, submitted.toString());

        JsonNode command = JSON.readTree(awaitCommands(complaintId, 1).get(0).value());
        assertThat(command.get("type").asString()).isEqualTo("AssignComplaint");
        assertThat(command.get("version").asInt()).isEqualTo(1);
        assertThat(command.get("commandId").asString()).isEqualTo(UUID.nameUUIDFromBytes(
                ("AssignComplaint:" + submitted.get("eventId").asString()).getBytes(StandardCharsets.UTF_8)).toString());
        assertThat(command.get("complaintId").asString()).isEqualTo(complaintId);
        assertThat(command.get("issuedAt").asString()).isEqualTo("2026-11-20T09:15:30Z");
        assertThat(command.get("issuedBy").asString()).isEqualTo("routing-service");
        JsonNode assign = command.get("payload");
        assertThat(assign.get("complaintId").asString()).isEqualTo(complaintId);
        assertThat(assign.get("level").asInt()).isZero();
        assertThat(assign.get("assignee").get("id").asString()).isEqualTo("e-delivery-lead");
        assertThat(assign.get("assignee").get("name").asString()).isEqualTo("Ivan Petrenko");
        assertThat(assign.get("assignee").get("email").asString()).isEqualTo("ivan.petrenko@retail.example");
        assertThat(ids(assign.get("managers"))).containsExactly("m-logistics", "d-operations", "ceo");
        assertThat(assign.get("deadline").asString()).isEqualTo("2026-11-23T09:15:30Z");

        web.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class)
                .value(body -> assertThat(body).contains("complaintbook_routing_assignments_decided_total{application=\"routing-service\",level=\"0\"}"));
    }

    @Test
    void givenAComplaintEscalatedFromTheDeliveryLead_whenPublished_thenTheirManagerIsAssignedAtLevelOne() {
        String complaintId = UUID.randomUUID().toString();

        publish(complaintId, event("ComplaintEscalated", complaintId).toString());

        JsonNode assign = JSON.readTree(awaitCommands(complaintId, 1).get(0).value()).get("payload");
        assertThat(assign.get("level").asInt()).isEqualTo(1);
        assertThat(assign.get("assignee").get("id").asString()).isEqualTo("m-logistics");
        assertThat(assign.get("assignee").get("name").asString()).isEqualTo("Oksana Tkachenko");
        assertThat(ids(assign.get("managers"))).containsExactly("d-operations", "ceo");
        assertThat(assign.get("deadline").asString()).isEqualTo("2026-11-27T09:16:00Z");
    }

    @Test
    void givenTheSameEventDeliveredTwice_whenConsumed_thenTheTwoCommandsAreIdentical() {
        String complaintId = UUID.randomUUID().toString();
        String submitted = event("ComplaintSubmitted", complaintId).toString();

        publish(complaintId, submitted);
        RecordMetadata redelivered = publish(complaintId, submitted);
        awaitConsumed(redelivered);

        List<ConsumerRecord<String, String>> commands = awaitCommands(complaintId, 2);
        assertThat(commands.get(1).value()).isEqualTo(commands.get(0).value());
    }

    @Test
    void givenAComplaintEscalatedFromTheCeo_whenConsumed_thenNothingIsSentAndItIsCounted() {
        String complaintId = UUID.randomUUID().toString();
        ObjectNode escalated = event("ComplaintEscalated", complaintId);
        payload(escalated).put("previousAssignee", "ceo");
        double before = meters.counter("complaintbook.routing.escalations.unroutable").count();

        awaitConsumed(publish(complaintId, escalated.toString()));

        assertThat(recorder.records(Topics.COMPLAINT_COMMANDS, complaintId)).isEmpty();
        assertThat(recorder.records(DEAD_LETTERS, complaintId)).isEmpty();
        assertThat(meters.counter("complaintbook.routing.escalations.unroutable").count()).isEqualTo(before + 1);
    }

    @Test
    void givenAnEscalationFromSomeoneTheChartDoesNotKnow_whenConsumed_thenItIsParkedAtOnceForReplay() {
        String complaintId = UUID.randomUUID().toString();
        ObjectNode escalated = event("ComplaintEscalated", complaintId);
        payload(escalated).put("previousAssignee", "e-left-the-company");

        publish(complaintId, escalated.toString());

        await().atMost(PROMPTLY).untilAsserted(() -> assertThat(recorder.records(DEAD_LETTERS, complaintId))
                .singleElement()
                .satisfies(parked -> assertThat(parked.value()).isEqualTo(escalated.toString())));
        assertThat(recorder.records(Topics.COMPLAINT_COMMANDS, complaintId)).isEmpty();
    }

    @Test
    void givenAnEventTypeRoutingDoesNotKnow_whenConsumed_thenItIsSkippedAndCounted() {
        String complaintId = UUID.randomUUID().toString();
        ObjectNode archived = event("ComplaintSubmitted", complaintId);
        archived.put("type", "ComplaintArchived");

        awaitConsumed(publish(complaintId, archived.toString()));

        assertThat(recorder.records(Topics.COMPLAINT_COMMANDS, complaintId)).isEmpty();
        assertThat(recorder.records(DEAD_LETTERS, complaintId)).isEmpty();
        assertThat(meters.counter("complaintbook.routing.events.skipped",
                "type", "ComplaintArchived", "reason", "unknown-type").count()).isEqualTo(1);
    }

    @Test
    void givenAPoisonRecord_whenConsumed_thenItIsParkedAtOnceAndTheNextEventIsStillRouted() {
        String poisoned = UUID.randomUUID().toString();
        String healthy = UUID.randomUUID().toString();
        double parkedBefore = meters.counter("complaintbook.routing.events.dead-lettered").count();

        publish(poisoned, "{\"eventId\": this is not JSON");
        publish(healthy, event("ComplaintSubmitted", healthy).toString());

        await().atMost(PROMPTLY).untilAsserted(() -> assertThat(recorder.records(DEAD_LETTERS, poisoned))
                .singleElement()
                .satisfies(parked -> assertThat(parked.value()).isEqualTo("{\"eventId\": this is not JSON")));
        // Counted just after the record is parked, so it may trail the dead-letter record by a moment.
        await().atMost(PROMPTLY).untilAsserted(() ->
                assertThat(meters.counter("complaintbook.routing.events.dead-lettered").count()).isEqualTo(parkedBefore + 1));
        awaitCommands(healthy, 1);
        assertThat(recorder.records(Topics.COMPLAINT_COMMANDS, poisoned)).isEmpty();
    }

    private List<ConsumerRecord<String, String>> awaitCommands(String complaintId, int count) {
        return await().atMost(PROMPTLY)
                .until(() -> recorder.records(Topics.COMPLAINT_COMMANDS, complaintId), records -> records.size() == count);
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

    /** A golden sample turned into a new complaint's event. */
    private static ObjectNode event(String type, String complaintId) {
        String path = "/contracts/samples/events/" + type + ".v1.json";
        try (InputStream in = RoutingServiceIT.class.getResourceAsStream(path)) {
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

    private static List<String> ids(JsonNode staff) {
        return staff.valueStream().map(member -> member.get("id").asString()).toList();
    }
}

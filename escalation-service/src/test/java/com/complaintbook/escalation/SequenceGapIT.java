package com.complaintbook.escalation;

import com.complaintbook.contracts.Topics;
import com.complaintbook.kit.security.StaffRole;
import com.complaintbook.kit.test.EmbeddedMongo;
import com.complaintbook.kit.test.TestIdentityProvider;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
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
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.ContainerTestUtils;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A complaint's events arriving out of sequence (issue 7): one parked on the dead-letter topic and
 * re-driven later, or lost. The deadline must never jump the missing event nor refuse it when it
 * comes: what comes after it is held, alarmed on, and applied in order once it is there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(topics = Topics.COMPLAINT_EVENTS, partitions = 3,
        bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@AutoConfigureWebTestClient
@Import(EmbeddedMongo.class)
class SequenceGapIT {

    private static final String GROUP = "escalation-service";
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
    private Admin admin;

    @BeforeEach
    void connect() {
        listeners.getListenerContainers().forEach(container -> ContainerTestUtils.waitForAssignment(container, 3));
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()));
    }

    @AfterEach
    void disconnect() {
        producer.close();
        admin.close();
    }

    @BeforeEach
    void signIn() {
        web = TestIdentityProvider.shared().asStaff(web, "e-manager", StaffRole.MANAGER);
    }

    @Test
    void givenAnAnswerWhoseAssignmentIsMissing_thenItIsHeld_andWhenTheAssignmentComesBothAreAppliedInOrder() {
        String complaintId = UUID.randomUUID().toString();
        publish(complaintId, event("ComplaintSubmitted", complaintId));
        awaitConsumed(publish(complaintId, event("ComplaintAnswered", complaintId)));

        await().atMost(PROMPTLY).until(() -> gauge("complaintbook.events.held") >= 1);
        web.get().uri("/api/v1/deadlines/{id}", complaintId).exchange().expectStatus().isNotFound();

        awaitConsumed(publish(complaintId, event("ComplaintAssigned", complaintId)));

        web.get().uri("/api/v1/deadlines/{id}", complaintId).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.state").isEqualTo("ANSWERED")
                .jsonPath("$.assigneeId").isEqualTo("e-delivery-lead")
                .jsonPath("$.deadline").isEqualTo("2026-11-23T09:15:30Z")
                .jsonPath("$.lastSequence").isEqualTo(2);
        await().atMost(PROMPTLY).until(() -> gauge("complaintbook.events.held") == 0);
    }

    @Test
    void givenAHeldRejectionDeliveredAgain_thenItIsHeldOnce_andTheLateAssignmentStillFillsWhoAndWhen() {
        String complaintId = UUID.randomUUID().toString();
        ObjectNode rejected = event("ComplaintRejected", complaintId);
        double gapsBefore = gaps();
        publish(complaintId, event("ComplaintSubmitted", complaintId));
        publish(complaintId, rejected);
        awaitConsumed(publish(complaintId, rejected));
        assertThat(gaps() - gapsBefore).isEqualTo(1);

        awaitConsumed(publish(complaintId, event("ComplaintAssigned", complaintId)));

        web.get().uri("/api/v1/deadlines/{id}", complaintId).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.state").isEqualTo("REJECTED")
                .jsonPath("$.assigneeId").isEqualTo("e-delivery-lead")
                .jsonPath("$.lastSequence").isEqualTo(2);
    }

    private double gaps() {
        Counter counter = meters.find("complaintbook.events.gaps").tag("group", GROUP).counter();
        return counter == null ? 0 : counter.count();
    }

    private double gauge(String name) {
        Gauge gauge = meters.find(name).tag("group", GROUP).gauge();
        return gauge == null ? Double.NaN : gauge.value();
    }

    private RecordMetadata publish(String key, ObjectNode event) {
        try {
            return producer.send(new ProducerRecord<>(Topics.COMPLAINT_EVENTS, key, event.toString())).get();
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

    /** A golden sample turned into an event of {@code complaintId}, with an event id of its own. */
    private static ObjectNode event(String type, String complaintId) {
        String path = "/contracts/samples/events/" + type + ".v1.json";
        try (InputStream in = SequenceGapIT.class.getResourceAsStream(path)) {
            ObjectNode event = (ObjectNode) JSON.readTree(in);
            event.put("eventId", UUID.randomUUID().toString());
            event.put("complaintId", complaintId);
            ((ObjectNode) event.get("payload")).put("complaintId", complaintId);
            return event;
        } catch (IOException e) {
            throw new IllegalStateException(path, e);
        }
    }
}

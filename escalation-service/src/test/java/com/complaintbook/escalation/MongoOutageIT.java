package com.complaintbook.escalation;

import com.complaintbook.contracts.Topics;
import com.complaintbook.kit.kafka.ConsumerFailurePolicy;
import com.complaintbook.kit.security.StaffRole;
import com.complaintbook.kit.test.RestartableMongo;
import com.complaintbook.kit.test.TestIdentityProvider;
import com.complaintbook.kit.test.TopicRecorder;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * MongoDB goes away while assignments arrive and comes back: the kit's failure policy holds the
 * events, parks none, says so on readiness meanwhile, and records every deadline once MongoDB is
 * back. The MongoDB server is this test's own, on a fixed port, so that it can be stopped and started
 * again where the service looks for it. Retries are quick here (100 ms to 1 s) to keep the test short.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "complaintbook.kafka.retry.initial-interval=100ms",
        "complaintbook.kafka.retry.max-interval=1s",
        "management.endpoint.health.show-details=always"})
@AutoConfigureWebTestClient
@EmbeddedKafka(partitions = 2, topics = Topics.COMPLAINT_EVENTS, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class MongoOutageIT {

    private static final String GROUP = "escalation-service";
    private static final String DEAD_LETTERS = Topics.deadLetterTopic(Topics.COMPLAINT_EVENTS, GROUP);
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static final RestartableMongo MONGO = new RestartableMongo();

    @Autowired
    WebTestClient web;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    MeterRegistry meters;

    @BeforeEach
    void signIn() {
        web = TestIdentityProvider.shared().asStaff(web, "e-manager", StaffRole.MANAGER);
    }

    @DynamicPropertySource
    static void mongoUri(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MONGO.uri("escalation-service"));
    }

    @Test
    void givenMongoDownWhileComplaintsAreAssigned_thenNothingIsParkedReadinessIsDownAndEveryDeadlineIsRecordedOnceItIsBack() {
        try (KafkaProducer<String, String> producer = producer();
             TopicRecorder recorder = new TopicRecorder(broker.getBrokersAsString(), DEAD_LETTERS)) {
            String warmUp = UUID.randomUUID().toString();
            publish(producer, warmUp);
            await().atMost(PATIENCE).untilAsserted(() -> deadlineState(warmUp, "OPEN"));
            readiness(200);

            MONGO.stop();
            List<String> complaints = Stream.generate(() -> UUID.randomUUID().toString()).limit(20).toList();
            complaints.forEach(complaintId -> publish(producer, complaintId));

            await().atMost(PATIENCE).untilAsserted(() -> {
                readiness(503);
                web.get().uri("/actuator/health/consumers").exchange()
                        .expectStatus().isEqualTo(503)
                        .expectBody()
                        .jsonPath("$.status").isEqualTo("DOWN")
                        .jsonPath("$.details.group").isEqualTo(GROUP);
            });
            // Held well past the point where the old bounded retries (3, a second apart) parked the record.
            await().atMost(PATIENCE).until(() -> heldAttempts() >= 8);
            web.get().uri("/actuator/health/consumers").exchange().expectStatus().isEqualTo(503);
            assertThat(recorder.records(DEAD_LETTERS)).isEmpty();

            MONGO.start();

            await().atMost(PATIENCE).untilAsserted(() ->
                    complaints.forEach(complaintId -> deadlineState(complaintId, "OPEN")));
            await().atMost(PATIENCE).untilAsserted(() -> {
                readiness(200);
                web.get().uri("/actuator/health/consumers").exchange().expectStatus().isOk();
            });
            assertThat(recorder.records(DEAD_LETTERS)).isEmpty();
            assertThat(meters.find(ConsumerFailurePolicy.DEAD_LETTERED).counters().stream()
                    .mapToDouble(Counter::count).sum()).isZero();
        }
    }

    /** The most attempts any held partition has made at its record, as the consumers health contributor tells. */
    private int heldAttempts() {
        String body = web.get().uri("/actuator/health/consumers").exchange()
                .expectBody(String.class).returnResult().getResponseBody();
        return JSON.readTree(body).path("details").path("retrying").valueStream()
                .mapToInt(held -> held.path("attempts").asInt()).max().orElse(0);
    }

    private void deadlineState(String complaintId, String state) {
        web.get().uri("/api/v1/deadlines/{id}", complaintId).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo(state);
    }

    private void readiness(int status) {
        web.get().uri("/actuator/health/readiness").exchange().expectStatus().isEqualTo(status);
    }

    private KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }

    /** The golden-sample submission and assignment, for a new complaint: its first two events, in order. */
    private static void publish(KafkaProducer<String, String> producer, String complaintId) {
        for (String type : List.of("ComplaintSubmitted", "ComplaintAssigned")) {
            String path = "/contracts/samples/events/" + type + ".v1.json";
            try (InputStream in = MongoOutageIT.class.getResourceAsStream(path)) {
                ObjectNode event = (ObjectNode) JSON.readTree(in);
                event.put("eventId", UUID.randomUUID().toString());
                event.put("complaintId", complaintId);
                ((ObjectNode) event.get("payload")).put("complaintId", complaintId);
                producer.send(new ProducerRecord<>(Topics.COMPLAINT_EVENTS, complaintId, event.toString())).get();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}

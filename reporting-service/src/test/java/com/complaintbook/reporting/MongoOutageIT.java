package com.complaintbook.reporting;

import com.complaintbook.contracts.Topics;
import com.complaintbook.contracts.events.ComplaintEventType;
import com.complaintbook.contracts.samples.SampleEvent;
import com.complaintbook.kit.security.StaffRole;
import com.complaintbook.kit.test.TestIdentityProvider;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * MongoDB goes away under a stream of events and comes back: the kit's failure policy holds the
 * events, parks none, says so on readiness meanwhile, and applies every one once MongoDB is back.
 * The MongoDB server is this test's own, on a fixed port, so that it can be stopped and started
 * again where the service looks for it. Retries are quick here (100 ms to 1 s) to keep the test short.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "complaintbook.kafka.retry.initial-interval=100ms",
        "complaintbook.kafka.retry.max-interval=1s",
        "management.endpoint.health.show-details=always"})
@AutoConfigureWebTestClient
@EmbeddedKafka(partitions = 2, topics = Topics.COMPLAINT_EVENTS, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class MongoOutageIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String DEAD_LETTERS = Topics.deadLetterTopic(Topics.COMPLAINT_EVENTS, "reporting-service");
    private static final int PORT = freePort();

    private static MongoServer mongo = start();

    @Autowired
    private WebTestClient http;

    @Autowired
    private KafkaTemplate<String, String> kafka;

    @Autowired
    private EmbeddedKafkaBroker broker;

    @BeforeEach
    void signIn() {
        http = TestIdentityProvider.shared().asStaff(http, "e-analyst", StaffRole.ANALYST);
    }

    @DynamicPropertySource
    static void mongoUri(DynamicPropertyRegistry registry) {
        // A short server selection, so that an attempt during the outage fails in a second, not the driver's 30.
        registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:" + PORT
                + "/reporting-service?serverSelectionTimeoutMS=1000&connectTimeoutMS=1000");
    }

    @AfterAll
    static void stopMongo() {
        mongo.shutdownNow();
    }

    @Test
    void givenMongoDownUnderAStreamOfEvents_thenNothingIsParkedReadinessIsDownAndAllIsAppliedOnceItIsBack() {
        String warmUp = newId();
        publish(warmUp, SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint(warmUp).payload("reference", "KB-26-1"));
        awaitView(warmUp);
        readiness(200);

        mongo.shutdownNow();
        String store = "store-" + newId();
        List<String> ids = IntStream.range(0, 40).mapToObj(i -> newId()).toList();
        List<CompletableFuture<?>> sends = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            sends.add(send(id, SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint(id)
                    .payload("storeId", store).payload("reference", "KB-26-" + (1000 + i))));
            sends.add(send(id, SampleEvent.of(ComplaintEventType.ASSIGNED).forComplaint(id)));
        }
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();

        await().atMost(PATIENCE).untilAsserted(() -> {
            readiness(503);
            http.get().uri("/actuator/health/consumers").exchange()
                    .expectStatus().isEqualTo(503)
                    .expectBody().jsonPath("$.status").isEqualTo("DOWN")
                    .jsonPath("$.details.group").isEqualTo("reporting-service");
        });
        // Long enough for a bounded retry to have given up several times over.
        await().pollDelay(Duration.ofSeconds(8)).atMost(Duration.ofSeconds(10)).until(() -> true);
        http.get().uri("/actuator/health/consumers").exchange().expectStatus().isEqualTo(503);

        mongo = start();

        await().atMost(PATIENCE).untilAsserted(() -> http.get()
                .uri("/api/v1/complaints?storeId={store}&status=ASSIGNED&size=100", store).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.totalItems").isEqualTo(ids.size())
                .jsonPath("$.items[*].lastSequence").value(List.class, sequences -> assertThat(sequences)
                        .hasSize(ids.size()).containsOnly(1)));
        await().atMost(PATIENCE).untilAsserted(() -> {
            readiness(200);
            http.get().uri("/actuator/health/consumers").exchange().expectStatus().isOk();
        });
        assertThat(deadLetters()).extracting(ConsumerRecord::key).doesNotContainAnyElementsOf(ids);
    }

    private void readiness(int status) {
        http.get().uri("/actuator/health/readiness").exchange().expectStatus().isEqualTo(status);
    }

    private void awaitView(String id) {
        await().atMost(PATIENCE).untilAsserted(() -> http.get().uri("/api/v1/complaints/{id}", id).exchange()
                .expectStatus().isOk());
    }

    private void publish(String key, SampleEvent event) {
        send(key, event).join();
    }

    private CompletableFuture<?> send(String key, SampleEvent event) {
        return kafka.send(Topics.COMPLAINT_EVENTS, key, event.json());
    }

    /** Whatever reached the dead-letter topic, read for a few seconds from its beginning. */
    private List<ConsumerRecord<String, String>> deadLetters() {
        var props = KafkaTestUtils.consumerProps(broker, "dead-letter-probe-" + UUID.randomUUID(), false);
        try (Consumer<String, String> consumer = new DefaultKafkaConsumerFactory<>(props,
                new StringDeserializer(), new StringDeserializer()).createConsumer()) {
            consumer.subscribe(List.of(DEAD_LETTERS));
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            while (System.nanoTime() < until) {
                consumer.poll(Duration.ofMillis(300)).forEach(records::add);
            }
            return records;
        }
    }

    private static MongoServer start() {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", PORT);
        return server;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}

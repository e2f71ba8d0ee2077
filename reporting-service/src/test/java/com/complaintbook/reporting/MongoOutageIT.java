package com.complaintbook.reporting;

import com.complaintbook.contracts.Topics;
import com.complaintbook.contracts.events.ComplaintEventType;
import com.complaintbook.contracts.samples.SampleEvent;
import com.complaintbook.kit.security.StaffRole;
import com.complaintbook.kit.test.DeadLetterProbe.Parked;
import com.complaintbook.kit.test.DeadLetterProbe;
import com.complaintbook.kit.test.RestartableMongo;
import com.complaintbook.kit.test.TestIdentityProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * MongoDB goes away for two minutes while events keep coming, and comes back: the kit's failure
 * policy holds the events, parks none, says so on readiness the whole time, and applies every one
 * once MongoDB is back. Retries are quick here (100 ms to 1 s), so the outage outlasts well over a
 * hundred attempts: no bounded retry would have survived it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "complaintbook.kafka.retry.initial-interval=100ms",
        "complaintbook.kafka.retry.max-interval=1s",
        "management.endpoint.health.show-details=always"})
@AutoConfigureWebTestClient
@EmbeddedKafka(partitions = 2, topics = Topics.COMPLAINT_EVENTS, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class MongoOutageIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Duration OUTAGE = Duration.ofMinutes(2);
    /** Complaints whose submission and assignment arrive while MongoDB is away, spread over the outage. */
    private static final int STREAMED = 40;

    @RegisterExtension
    static final RestartableMongo MONGO = new RestartableMongo();

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
        registry.add("spring.mongodb.uri", () -> MONGO.uri("reporting-service"));
    }

    @Test
    void givenMongoDownUnderAStreamOfEvents_thenNothingIsParkedReadinessIsDownAndAllIsAppliedOnceItIsBack() {
        String warmUp = newId();
        publish(warmUp, SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint(warmUp).payload("reference", "KB-26-1"));
        awaitView(warmUp);
        readiness(200);

        MONGO.stop();
        String store = "store-" + newId();
        List<String> ids = IntStream.range(0, STREAMED).mapToObj(i -> newId()).toList();
        AtomicInteger sent = new AtomicInteger();
        AtomicBoolean readyDuringOutage = new AtomicBoolean();
        ScheduledExecutorService stream = Executors.newSingleThreadScheduledExecutor();
        try {
            stream.scheduleAtFixedRate(() -> {
                int i = sent.get();
                if (i < ids.size()) {
                    String id = ids.get(i);
                    send(id, SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint(id)
                            .payload("storeId", store).payload("reference", "KB-26-" + (1000 + i))).join();
                    send(id, SampleEvent.of(ComplaintEventType.ASSIGNED).forComplaint(id)).join();
                    sent.incrementAndGet();
                }
            }, 0, OUTAGE.toMillis() / STREAMED, TimeUnit.MILLISECONDS);

            await().atMost(PATIENCE).untilAsserted(() -> {
                readiness(503);
                http.get().uri("/actuator/health/consumers").exchange()
                        .expectStatus().isEqualTo(503)
                        .expectBody().jsonPath("$.status").isEqualTo("DOWN")
                        .jsonPath("$.details.group").isEqualTo("reporting-service");
            });
            // Readiness is looked at every few seconds for as long as the stream runs.
            await().atMost(OUTAGE.plus(PATIENCE)).pollInterval(Duration.ofSeconds(5)).until(() -> {
                if (http.get().uri("/actuator/health/readiness").exchange().returnResult(String.class)
                        .getStatus().value() != 503) {
                    readyDuringOutage.set(true);
                }
                return sent.get() == ids.size();
            });
        } finally {
            stream.shutdownNow();
        }
        assertThat(readyDuringOutage).as("readiness said UP while MongoDB was away").isFalse();

        MONGO.start();

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
        try (DeadLetterProbe deadLetters = DeadLetterProbe.of(broker.getBrokersAsString(), Topics.COMPLAINT_EVENTS,
                "reporting-service")) {
            assertThat(deadLetters.parkedDuring(Duration.ofSeconds(3))).extracting(Parked::key)
                    .doesNotContainAnyElementsOf(ids);
        }
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

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}

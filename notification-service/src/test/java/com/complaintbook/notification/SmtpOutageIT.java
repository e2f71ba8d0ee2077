package com.complaintbook.notification;

import com.complaintbook.contracts.Topics;
import com.complaintbook.contracts.events.ComplaintEventType;
import com.complaintbook.contracts.samples.SampleEvent;
import com.complaintbook.kit.test.DeadLetterProbe.Parked;
import com.complaintbook.kit.test.DeadLetterProbe;
import com.complaintbook.kit.test.EmbeddedMongo;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The mail relay goes away for two minutes while events keep coming, and comes back: the kit's
 * failure policy holds the events, parks none, says so on readiness the whole time, and once the
 * relay is back every letter goes out exactly once. The relay is this test's own, on a fixed port,
 * so that it can be stopped and started again where the service looks for it. Retries are quick
 * here (200 ms to 1 s), so the outage outlasts well over a hundred attempts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "complaintbook.kafka.retry.initial-interval=200ms",
        "complaintbook.kafka.retry.max-interval=1s",
        "management.endpoint.health.show-details=always",
        "spring.mail.host=127.0.0.1",
        "complaintbook.notification.customer-links.secret=test-customer-link-secret-0123456789"})
@AutoConfigureWebTestClient
@EmbeddedKafka(partitions = 2, topics = Topics.COMPLAINT_EVENTS, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@Import(EmbeddedMongo.class)
class SmtpOutageIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Duration OUTAGE = Duration.ofMinutes(2);
    /** Complaints submitted while the relay is away, spread over the outage. */
    private static final int STREAMED = 30;
    private static final RestartableRelay RELAY = new RestartableRelay();

    private GreenMail relay = RELAY.start();

    @Autowired
    private WebTestClient http;

    @Autowired
    private KafkaTemplate<String, String> kafka;

    @Autowired
    private EmbeddedKafkaBroker broker;

    @Autowired
    private MongoTemplate mongo;

    @DynamicPropertySource
    static void relayAddress(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", RELAY::port);
    }

    @AfterEach
    void stopRelay() {
        RELAY.stop();
    }

    @Test
    void givenTheRelayDownUnderAStreamOfEvents_thenNothingIsParkedReadinessIsDownAndEveryLetterGoesOutOnceItIsBack() {
        String warmUp = UUID.randomUUID().toString();
        publish(warmUp).join();
        await().atMost(PATIENCE).until(() -> relay.getReceivedMessages().length == 1);
        readiness(200);

        RELAY.stop();
        List<String> ids = IntStream.range(0, STREAMED).mapToObj(i -> UUID.randomUUID().toString()).toList();
        AtomicInteger sent = new AtomicInteger();
        ScheduledExecutorService stream = Executors.newSingleThreadScheduledExecutor();
        try {
            stream.scheduleAtFixedRate(() -> {
                int i = sent.get();
                if (i < ids.size()) {
                    publish(ids.get(i)).join();
                    sent.incrementAndGet();
                }
            }, 0, OUTAGE.toMillis() / STREAMED, TimeUnit.MILLISECONDS);

            await().atMost(PATIENCE).untilAsserted(() -> {
                readiness(503);
                consumers(503);
            });
            // Held, and said so, for as long as the stream runs: no retry gives up and parks a letter.
            await().during(OUTAGE.minus(Duration.ofSeconds(10))).atMost(OUTAGE.plus(PATIENCE))
                    .pollInterval(Duration.ofSeconds(5))
                    .untilAsserted(() -> {
                        readiness(503);
                        consumers(503);
                    });
            await().atMost(PATIENCE).until(() -> sent.get() == ids.size());
        } finally {
            stream.shutdownNow();
        }
        assertThat(deadLetters()).isEmpty();

        relay = RELAY.start();

        await().atMost(PATIENCE).until(() -> ids.stream().allMatch(id -> !mailsTo(customerOf(id)).isEmpty()));
        await().atMost(PATIENCE).untilAsserted(() -> {
            readiness(200);
            consumers(200);
        });
        Map<String, Long> lettersByMessageId = Arrays.stream(relay.getReceivedMessages())
                .collect(Collectors.groupingBy(ReceivedMail::messageIdOf, Collectors.counting()));
        assertThat(lettersByMessageId).hasSize(ids.size()).allSatisfy((messageId, count) -> assertThat(count)
                .as("letters with Message-ID %s", messageId).isEqualTo(1));
        assertThat(ids).allSatisfy(id -> {
            assertThat(mailsTo(customerOf(id))).hasSize(1);
            Document delivery = mongo.getCollection("deliveries").find(new Document("complaintId", id)).first();
            assertThat(delivery).isNotNull();
            assertThat(delivery.getString("status")).isEqualTo("SENT");
        });
        assertThat(deadLetters()).isEmpty();
    }

    private CompletableFuture<?> publish(String id) {
        return kafka.send(Topics.COMPLAINT_EVENTS, id, SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint(id)
                .payload("customer", JsonMapper.builder().build().createObjectNode().put("email", customerOf(id)))
                .json());
    }

    private void readiness(int status) {
        http.get().uri("/actuator/health/readiness").exchange().expectStatus().isEqualTo(status);
    }

    private void consumers(int status) {
        http.get().uri("/actuator/health/consumers").exchange()
                .expectStatus().isEqualTo(status)
                .expectBody().jsonPath("$.status").isEqualTo(status == 200 ? "UP" : "DOWN")
                .jsonPath("$.details.group").isEqualTo("notification-service");
    }

    private List<MimeMessage> mailsTo(String address) {
        return ReceivedMail.to(relay, address);
    }

    /** Whatever reached the dead-letter topic, watched for a few seconds from its beginning. */
    private List<Parked> deadLetters() {
        try (DeadLetterProbe deadLetters = DeadLetterProbe.of(broker.getBrokersAsString(), Topics.COMPLAINT_EVENTS,
                "notification-service")) {
            return deadLetters.parkedDuring(Duration.ofSeconds(3));
        }
    }

    private static String customerOf(String complaintId) {
        return "outage-" + complaintId + "@example.com";
    }

}

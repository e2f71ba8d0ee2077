package com.complaintbook.notification;

import com.complaintbook.contracts.Topics;
import com.complaintbook.contracts.events.ComplaintEventType;
import com.complaintbook.contracts.samples.SampleEvent;
import com.complaintbook.kit.test.EmbeddedMongo;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The mail relay goes away under a stream of events and comes back: the kit's failure policy holds
 * the events, parks none, says so on readiness meanwhile, and once the relay is back every letter
 * goes out exactly once. The relay is this test's own, on a fixed port, so that it can be stopped
 * and started again where the service looks for it. Retries are quick here (200 ms to 1 s).
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
    private static final String DEAD_LETTERS = Topics.deadLetterTopic(Topics.COMPLAINT_EVENTS, "notification-service");
    private static final int RELAY_PORT = freePort();

    private GreenMail relay = startRelay();

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
        registry.add("spring.mail.port", () -> RELAY_PORT);
    }

    @AfterEach
    void stopRelay() {
        relay.stop();
    }

    @Test
    void givenTheRelayDownUnderAStreamOfEvents_thenNothingIsParkedReadinessIsDownAndEveryLetterGoesOutOnceItIsBack() {
        String warmUp = UUID.randomUUID().toString();
        publish(warmUp).join();
        await().atMost(PATIENCE).until(() -> relay.getReceivedMessages().length == 1);
        readiness(200);

        relay.stop();
        List<String> ids = IntStream.range(0, 30).mapToObj(i -> UUID.randomUUID().toString()).toList();
        CompletableFuture.allOf(ids.stream().map(this::publish).toArray(CompletableFuture[]::new)).join();

        await().atMost(PATIENCE).untilAsserted(() -> {
            readiness(503);
            consumers(503);
        });
        // Long enough for a bounded retry to have given up several times over: the record stays held.
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> consumers(503));
        assertThat(deadLetters()).isEmpty();

        relay = startRelay();

        await().atMost(PATIENCE).until(() -> ids.stream().allMatch(id -> !mailsTo(customerOf(id)).isEmpty()));
        await().atMost(PATIENCE).untilAsserted(() -> {
            readiness(200);
            consumers(200);
        });
        Map<String, Long> lettersByMessageId = Arrays.stream(relay.getReceivedMessages())
                .collect(Collectors.groupingBy(SmtpOutageIT::messageIdOf, Collectors.counting()));
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
        return Arrays.stream(relay.getReceivedMessages()).filter(mail -> isTo(mail, address)).toList();
    }

    /** Whatever reached the dead-letter topic, read for a few seconds from its beginning. */
    private List<ConsumerRecord<String, String>> deadLetters() {
        var props = KafkaTestUtils.consumerProps(broker, "dead-letter-probe-" + UUID.randomUUID(), false);
        try (Consumer<String, String> consumer = new DefaultKafkaConsumerFactory<>(props,
                new StringDeserializer(), new StringDeserializer()).createConsumer()) {
            consumer.subscribe(List.of(DEAD_LETTERS));
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> {
                consumer.poll(Duration.ofMillis(300)).forEach(records::add);
                return true;
            });
            return records;
        }
    }

    private static boolean isTo(MimeMessage mail, String address) {
        try {
            return Arrays.stream(mail.getAllRecipients()).anyMatch(to -> to.toString().contains(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String messageIdOf(MimeMessage mail) {
        try {
            return mail.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String customerOf(String complaintId) {
        return "outage-" + complaintId + "@example.com";
    }

    private static GreenMail startRelay() {
        GreenMail relay = new GreenMail(new ServerSetup(RELAY_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        relay.start();
        return relay;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package com.complaintbook.notification;

import com.complaintbook.contracts.Topics;
import com.complaintbook.contracts.events.ComplaintEventType;
import com.complaintbook.contracts.samples.SampleEvent;
import com.complaintbook.kit.test.EmbeddedMongo;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With the mail relay away, an acknowledgement is retried a bounded number of times, then its event
 * is parked on the dead-letter topic and its delivery record says why.
 */
@SpringBootTest(properties = {
        "complaintbook.notification.events.retry-interval=200ms",
        "complaintbook.notification.events.retry-attempts=2",
        "spring.mail.host=127.0.0.1",
        "complaintbook.notification.customer-links.secret=test-customer-link-secret-0123456789"})
@EmbeddedKafka(partitions = 1, topics = Topics.COMPLAINT_EVENTS, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@Import(EmbeddedMongo.class)
class SmtpOutageIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String DEAD_LETTERS = Topics.deadLetterTopic(Topics.COMPLAINT_EVENTS, "notification-service");

    @Autowired
    private KafkaTemplate<String, String> kafka;

    @Autowired
    private EmbeddedKafkaBroker broker;

    @Autowired
    private MongoTemplate mongo;

    @Autowired
    private MeterRegistry meters;

    @DynamicPropertySource
    static void relayThatIsNotThere(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", SmtpOutageIT::portNobodyListensOn);
    }

    @Test
    void givenTheRelayIsDown_thenTheEventIsRetriedThenParkedAndTheDeliveryRecordSaysWhy() {
        String id = UUID.randomUUID().toString();
        String customer = "olena-" + id + "@example.com";
        kafka.send(Topics.COMPLAINT_EVENTS, id, SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint(id)
                .payload("customer", JsonMapper.builder().build().createObjectNode().put("email", customer)).json()).join();

        assertThat(deadLettersUntil(id)).anySatisfy(record -> assertThat(record.value()).contains(customer));

        Document delivery = mongo.getCollection("deliveries").find(new Document("complaintId", id)).first();
        assertThat(delivery).isNotNull();
        assertThat(delivery.getString("status")).isEqualTo("FAILED");
        assertThat(delivery.getString("lastError")).contains("MailSendException");
        assertThat(delivery.getInteger("attempts")).isEqualTo(3);
        assertThat(meters.get("notification.messages.failed").tag("purpose", "complaint-received").counter().count())
                .isEqualTo(3);
    }

    private List<ConsumerRecord<String, String>> deadLettersUntil(String key) {
        var props = KafkaTestUtils.consumerProps(broker, "dead-letter-probe-" + UUID.randomUUID(), false);
        try (Consumer<String, String> consumer = new DefaultKafkaConsumerFactory<>(props,
                new StringDeserializer(), new StringDeserializer()).createConsumer()) {
            consumer.subscribe(List.of(DEAD_LETTERS));
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            await().atMost(PATIENCE).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
                return records.stream().anyMatch(record -> key.equals(record.key()));
            });
            return records;
        }
    }

    private static int portNobodyListensOn() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package com.complaintbook.notification;

import com.complaintbook.contracts.Topics;
import com.complaintbook.contracts.events.ComplaintEventType;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service as it runs: records on the real events topic in, e-mail to a real SMTP server out.
 * One partition, so a mail that arrives for a later record proves every earlier record was handled.
 * The retry interval is far longer than any wait here, so a record that is retried instead of
 * parked fails the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "complaintbook.notification.events.retry-interval=60s",
        "complaintbook.notification.events.retry-attempts=2"})
@AutoConfigureWebTestClient
@EmbeddedKafka(partitions = 1, topics = Topics.COMPLAINT_EVENTS, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@Import({EmbeddedMongo.class, EmbeddedSmtp.class})
class NotificationServiceIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String DEAD_LETTERS = Topics.deadLetterTopic(Topics.COMPLAINT_EVENTS, "notification-service");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private KafkaTemplate<String, String> kafka;

    @Autowired
    private EmbeddedKafkaBroker broker;

    @Autowired
    private GreenMail smtp;

    @Autowired
    private WebTestClient http;

    @Test
    void givenASubmissionInUkrainianWithAnEmail_thenTheCustomerGetsOneAcknowledgementInUkrainian() throws Exception {
        String id = newId();
        String customer = "olena-" + id + "@example.com";
        publish(id, SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint(id)
                .payload("customer", contact(customer))
                .payload("loyaltyCard", "a field a newer producer added")
                .envelope("traceId", "also new"));

        MimeMessage mail = awaitOneMailTo(customer);

        assertThat(mail.getSubject()).isEqualTo("Ваше звернення № " + id + " отримано");
        assertThat(body(mail)).contains(
                "Номер звернення: " + id,
                "Вид: скарга",
                "Магазин: kyiv-001",
                "Категорія: delivery",
                "The sofa I ordered arrived two weeks late and scratched.",
                "http://localhost:8085/api/v1/complaints/" + id);
        assertThat(mail.getFrom()).extracting(Address::toString).containsExactly("complaints@retail.example");
        assertThat(mail.getMessageID()).matches("<[0-9a-f]{64}@retail\\.example>");
        assertThat(mail.getHeader("Content-Language", null)).isEqualTo("uk");
    }

    @Test
    void givenAnAssignment_thenTheAssigneeGetsOneNoticeWithWhatTheCustomerWrote() throws Exception {
        String id = newId();
        String assignee = "ivan-" + id + "@retail.example";
        publish(id, SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint(id));
        publish(id, assigned(id, assignee));

        MimeMessage mail = awaitOneMailTo(assignee);

        assertThat(mail.getSubject()).isEqualTo("Complaint " + id + " is assigned to you, due 23 November 2026, 11:15 (Europe/Kyiv)");
        assertThat(body(mail)).contains("Hello Ivan Petrenko,", "Level: 0", "Kind: complaint", "Store: kyiv-001",
                "The sofa I ordered arrived two weeks late and scratched.");
    }

    @Test
    void givenTheSameRecordsDeliveredAgain_thenNobodyIsToldTwice() throws Exception {
        String id = newId();
        String customer = "twice-" + id + "@example.com";
        String assignee = "ivan-" + id + "@retail.example";
        SampleEvent submitted = SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint(id).payload("customer", contact(customer));
        SampleEvent assigned = assigned(id, assignee);
        publish(id, submitted);
        publish(id, assigned);
        awaitOneMailTo(customer);
        awaitOneMailTo(assignee);

        publish(id, submitted);
        publish(id, assigned);
        String marker = newId();
        String markerCustomer = "marker-" + marker + "@example.com";
        publish(marker, SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint(marker).payload("customer", contact(markerCustomer)));
        awaitOneMailTo(markerCustomer);

        assertThat(mailsTo(customer)).hasSize(1);
        assertThat(mailsTo(assignee)).hasSize(1);
    }

    @Test
    void givenASubmissionWithoutContact_thenNoMailIsSent() throws Exception {
        String id = newId();
        publish(id, SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint(id).payload("customer", NullNode.getInstance()));
        String marker = newId();
        String markerCustomer = "marker-" + marker + "@example.com";
        publish(marker, SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint(marker).payload("customer", contact(markerCustomer)));

        awaitOneMailTo(markerCustomer);
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(mail -> subjectOf(mail).contains(id))).isEmpty();
    }

    @Test
    void givenAnAssignmentWhoseSubmissionWasNeverSeen_thenTheAssigneeIsStillTold() throws Exception {
        String id = newId();
        String assignee = "ivan-" + id + "@retail.example";
        publish(id, assigned(id, assignee));

        MimeMessage mail = awaitOneMailTo(assignee);

        assertThat(body(mail)).contains("Complaint: " + id, "Category: not available");
    }

    @Test
    void givenAPoisonRecord_thenItIsParkedOnTheDeadLetterTopicAndTheNextRecordIsStillMailed() throws Exception {
        String poisonKey = newId();
        String poison = "{\"eventId\": \"" + poisonKey + "\", \"this is\": not json";
        kafka.send(Topics.COMPLAINT_EVENTS, poisonKey, poison).join();
        String id = newId();
        String customer = "after-poison-" + id + "@example.com";
        publish(id, SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint(id).payload("customer", contact(customer)));

        awaitOneMailTo(customer);
        assertThat(deadLettersUntil(poisonKey)).anySatisfy(record -> assertThat(record.value()).isEqualTo(poison));
    }

    @Test
    void operatorsSeeReadinessAndWhatWasSent() throws Exception {
        String id = newId();
        String customer = "metrics-" + id + "@example.com";
        publish(id, SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint(id).payload("customer", contact(customer)));
        awaitOneMailTo(customer);

        http.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        http.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(metrics -> assertThat(metrics).contains(
                        "notification_messages_sent_total{application=\"notification-service\",channel=\"email\",language=\"uk\",purpose=\"complaint-received\"}"));
    }

    private void publish(String key, SampleEvent event) {
        kafka.send(Topics.COMPLAINT_EVENTS, key, event.json()).join();
    }

    private static SampleEvent assigned(String id, String assigneeEmail) {
        SampleEvent assigned = SampleEvent.of(ComplaintEventType.ASSIGNED).forComplaint(id);
        return assigned.payload("assignee", JSON.createObjectNode()
                .put("id", "e-delivery-lead").put("name", "Ivan Petrenko").put("email", assigneeEmail));
    }

    private static ObjectNode contact(String email) {
        return JSON.createObjectNode()
                .put("name", "Olena Shevchenko").put("email", email).put("phone", "+380441234567");
    }

    private MimeMessage awaitOneMailTo(String address) {
        await().atMost(PATIENCE).until(() -> !mailsTo(address).isEmpty());
        List<MimeMessage> mails = mailsTo(address);
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> isTo(mail, address)).toList();
    }

    private static boolean isTo(MimeMessage mail, String address) {
        try {
            Address[] recipients = mail.getAllRecipients();
            return recipients != null && Arrays.stream(recipients).anyMatch(to -> to.toString().contains(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage mail) throws Exception {
        return (String) mail.getContent();
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

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}

package com.complaintbook.notification;

import com.complaintbook.contracts.Topics;
import com.complaintbook.contracts.events.ComplaintEventType;
import com.complaintbook.contracts.samples.SampleEvent;
import com.complaintbook.kit.test.DeadLetterProbe;
import com.complaintbook.kit.test.DeadLetterProbe.Parked;
import com.complaintbook.kit.test.EmbeddedMongo;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service as it runs: records on the real events topic in, e-mail to a real SMTP server out.
 * One partition, so a mail that arrives for a later record proves every earlier record was handled.
 * A record that failed for any reason but a refusal is retried without end, and the retry interval
 * is far longer than any wait here, so a record that is retried instead of parked fails the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "complaintbook.kafka.retry.initial-interval=60s",
        "complaintbook.kafka.retry.max-interval=60s",
        "complaintbook.notification.customer-links.secret=" + NotificationServiceIT.LINK_SECRET})
@AutoConfigureWebTestClient
@EmbeddedKafka(partitions = 1, topics = Topics.COMPLAINT_EVENTS, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@Import({EmbeddedMongo.class, EmbeddedSmtp.class})
class NotificationServiceIT {

    static final String LINK_SECRET = "test-customer-link-secret-0123456789";

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Pattern CUSTOMER_LINK = Pattern.compile(
            "http://localhost:8081/customer/([A-Za-z0-9_-]+)\\.(\\d+)\\.([A-Za-z0-9_-]+)");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The golden submission's reference; every test complaint submitted from it carries this one. */
    private static final String REFERENCE = "KB-26-004213";

    @Autowired
    private KafkaTemplate<String, String> kafka;

    @Autowired
    private EmbeddedKafkaBroker broker;

    @Autowired
    private GreenMail smtp;

    @Autowired
    private WebTestClient http;

    @Autowired
    private KafkaListenerEndpointRegistry listeners;

    @Autowired
    private MongoTemplate mongo;

    @Test
    void givenASubmissionInUkrainianWithAnEmail_thenTheCustomerGetsOneAcknowledgementInUkrainian() throws Exception {
        String id = newId();
        String customer = "olena-" + id + "@example.com";
        SampleEvent submitted = SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint(id)
                .payload("customer", contact(customer))
                .payload("loyaltyCard", "a field a newer producer added")
                .envelope("traceId", "also new");
        publish(id, submitted);

        MimeMessage mail = awaitOneMailTo(customer);

        assertThat(mail.getSubject()).isEqualTo("Ваше звернення № " + REFERENCE + " отримано");
        assertThat(body(mail)).contains(
                "зареєстровано під № " + REFERENCE + ": назвіть цей номер",
                "Номер звернення: " + REFERENCE,
                "Вид: скарга",
                "Магазин: Київ, Хрещатик\nАдреса магазину: вул. Хрещатик, 22, Київ\nКатегорія: Доставка\n",
                "The sofa I ordered arrived two weeks late and scratched.");
        assertThat(body(mail)).doesNotContain(id);
        assertSignedLinkTo(body(mail), id, submitted.occurredAt());
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

        assertThat(mail.getSubject()).isEqualTo("Complaint " + REFERENCE + " is assigned to you, due 23 November 2026, 11:15 (Europe/Kyiv)");
        assertThat(body(mail)).contains("Hello Ivan Petrenko,", "Complaint: " + REFERENCE, "Level: 0", "Kind: complaint",
                "Store: Kyiv, Khreshchatyk\nStore address: 22 Khreshchatyk St, Kyiv\nCategory: Delivery\n",
                "The sofa I ordered arrived two weeks late and scratched.");
    }

    @Test
    void givenAnAssigneeWhoPrefersRussian_thenTheirNoticeIsInRussianWithTheNamesInRussian() throws Exception {
        String id = newId();
        String assignee = "ivan-" + id + "@retail.example";
        publish(id, SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint(id));
        publish(id, SampleEvent.of(ComplaintEventType.ASSIGNED).forComplaint(id).payload("assignee", JSON.createObjectNode()
                .put("id", "e-delivery-lead").put("name", "Ivan Petrenko").put("email", assignee).put("language", "ru")));

        MimeMessage mail = awaitOneMailTo(assignee);

        assertThat(mail.getSubject()).startsWith("Вам назначено обращение № " + REFERENCE);
        assertThat(body(mail)).contains("Магазин: Киев, Крещатик\nАдрес магазина: ул. Крещатик, 22, Киев\nКатегория: Доставка\n");
        assertThat(mail.getHeader("Content-Language", null)).isEqualTo("ru");
    }

    @Test
    void givenASubmissionRecordedBeforeNamesWereCarried_thenItsLettersNameTheStoreAndCategoryByTheirIds() throws Exception {
        String id = newId();
        String customer = "old-" + id + "@example.com";
        publish(id, SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint(id).payload("customer", contact(customer))
                .withoutPayload("storeName").withoutPayload("storeAddress").withoutPayload("categoryName"));

        MimeMessage mail = awaitOneMailTo(customer);

        assertThat(body(mail)).contains("Магазин: kyiv-001\nКатегорія: delivery\n").doesNotContain("Адреса");
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
        awaitEverythingPublishedIsHandled();

        assertThat(mailsTo(customer)).hasSize(1);
        assertThat(mailsTo(assignee)).hasSize(1);
    }

    @Test
    void givenAnAnswerThatCanBeAppealed_thenTheCustomerGetsItOnceWithASignedLinkToAppeal() throws Exception {
        String id = newId();
        String customer = "answered-" + id + "@example.com";
        SampleEvent submitted = SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint(id).payload("customer", contact(customer));
        SampleEvent answered = SampleEvent.of(ComplaintEventType.ANSWERED).forComplaint(id);
        publish(id, submitted);
        publish(id, answered);

        MimeMessage mail = awaitOneMailTo(customer, "Відповідь на ваше звернення № " + REFERENCE);

        assertThat(mail.getSubject()).doesNotContain(id);
        assertThat(body(mail)).doesNotContain(id).contains(
                "Ми розглянули ваше звернення № " + REFERENCE + ".",
                "Наша відповідь:\nWe apologise: the courier will replace the sofa on Friday at no cost.",
                "натисніть «Відповідь мене не задовольнила»",
                "до 5 грудня 2026, 16:02 (Europe/Kyiv)");
        assertSignedLinkTo(body(mail), id, answered.occurredAt());

        publish(id, submitted);
        publish(id, answered);
        awaitEverythingPublishedIsHandled();
        assertThat(mailsTo(customer)).hasSize(2);
        assertThat(mailsTo(customer, "Відповідь на ваше звернення")).hasSize(1);
    }

    @Test
    void givenAFinalRejection_thenTheCustomerIsToldOnceThatItIsFinalWithNoWayToAppeal() throws Exception {
        String id = newId();
        String customer = "rejected-" + id + "@example.com";
        SampleEvent submitted = SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint(id)
                .payload("customer", contact(customer)).payload("language", "ru");
        SampleEvent rejected = SampleEvent.of(ComplaintEventType.REJECTED).forComplaint(id)
                .payload("rejectedBy", "ceo").payload("level", 3).payload("finalAnswer", true).withoutPayload("appealDeadline");
        publish(id, submitted);
        publish(id, rejected);

        MimeMessage mail = awaitOneMailTo(customer, "Решение по вашему обращению № " + REFERENCE);

        assertThat(body(mail)).contains(
                "Мы рассмотрели ваше обращение № " + REFERENCE + " и,",
                "Причина: повтор уже полученного обращения",
                "Комментарий: Answered under your earlier complaint of 18 November.",
                "Это окончательное решение, его принял руководитель компании.")
                .doesNotContain("http", "не устроил", id);

        publish(id, submitted);
        publish(id, rejected);
        awaitEverythingPublishedIsHandled();
        assertThat(mailsTo(customer)).hasSize(2);
        assertThat(mailsTo(customer, "Решение по вашему обращению")).hasSize(1);
    }

    @Test
    void givenAnUnsatisfiedCustomer_thenTheManagerItClimbsToGetsOneEscalationLetterWithTheirComment() throws Exception {
        String id = newId();
        String manager = "oksana-" + id + "@retail.example";
        SampleEvent submitted = SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint(id);
        SampleEvent escalated = SampleEvent.of(ComplaintEventType.ESCALATED).forComplaint(id)
                .payload("reason", "customer-not-satisfied")
                .payload("comment", "Nobody called me back, and the sofa is still scratched.");
        SampleEvent assigned = SampleEvent.of(ComplaintEventType.ASSIGNED).forComplaint(id)
                .payload("level", 1)
                .payload("deadline", "2026-11-27T09:15:30Z")
                .payload("assignee", JSON.createObjectNode()
                        .put("id", "m-logistics").put("name", "Oksana Tkachenko").put("email", manager));
        publish(id, submitted);
        publish(id, escalated);
        publish(id, assigned);

        MimeMessage mail = awaitOneMailTo(manager);

        assertThat(mail.getSubject()).isEqualTo("Escalated to you: complaint " + REFERENCE + ", due 27 November 2026, 11:15 (Europe/Kyiv)");
        assertThat(body(mail)).contains(
                "Hello Oksana Tkachenko,",
                "Complaint: " + REFERENCE,
                "Why: the customer was not satisfied with the answer from employee Ivan Petrenko",
                "The customer's comment:\nNobody called me back, and the sofa is still scratched.",
                "Level: 1",
                "The sofa I ordered arrived two weeks late and scratched.");

        publish(id, escalated);
        publish(id, assigned);
        awaitEverythingPublishedIsHandled();
        assertThat(mailsTo(manager)).hasSize(1);
    }

    @Test
    void givenAWarningThenAMissedDeadline_thenTheWarningTheEscalationLetterTheCopyAndTheCustomersNoticeArriveOnceEach()
            throws Exception {
        String id = newId();
        String customer = "climbed-" + id + "@example.com";
        String employee = "ivan-" + id + "@retail.example";
        String manager = "oksana-" + id + "@retail.example";
        ObjectNode ivan = staff("e-delivery-lead", "Ivan Petrenko", employee);
        ObjectNode oksana = staff("m-logistics", "Oksana Tkachenko", manager);
        SampleEvent submitted = SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint(id).payload("customer", contact(customer));
        SampleEvent assigned = assigned(id, employee);
        SampleEvent warned = SampleEvent.of(ComplaintEventType.DEADLINE_APPROACHING).forComplaint(id)
                .payload("assignee", ivan).payload("escalatesTo", oksana);
        SampleEvent escalated = SampleEvent.of(ComplaintEventType.ESCALATED).forComplaint(id)
                .payload("previousHandler", ivan)
                .payload("missedDeadline", "2026-11-23T09:15:30Z")
                .payload("escalatedAt", "2026-11-23T11:20:30Z");
        SampleEvent toManager = SampleEvent.of(ComplaintEventType.ASSIGNED).forComplaint(id)
                .sequence(4)
                .payload("level", 1)
                .payload("deadline", "2026-11-24T09:15:30Z")
                .payload("assignee", oksana)
                .payload("managers", JSON.createArrayNode()
                        .add(staff("d-operations", "Maria Kovalenko", "maria-" + id + "@retail.example"))
                        .add(staff("ceo", "Taras Bondarenko", "taras-" + id + "@retail.example")));
        publish(id, submitted);
        publish(id, assigned);
        publish(id, warned);

        MimeMessage warning = awaitOneMailTo(employee, "Reminder: complaint " + REFERENCE);
        assertThat(warning.getSubject()).isEqualTo("Reminder: complaint " + REFERENCE + " is due 23 November 2026, 11:15 (Europe/Kyiv)");
        assertThat(body(warning)).contains("Hello Ivan Petrenko,", "If it is not answered by then, it goes to Oksana Tkachenko.");

        publish(id, escalated);
        publish(id, toManager);

        MimeMessage letter = awaitOneMailTo(manager);
        assertThat(letter.getSubject()).isEqualTo("Escalated to you: complaint " + REFERENCE + ", due 24 November 2026, 11:15 (Europe/Kyiv)");
        assertThat(body(letter)).contains(
                "Hello Oksana Tkachenko,",
                "Why: the review deadline of employee Ivan Petrenko passed without an answer.",
                "Missed deadline: 23 November 2026, 11:15 (Europe/Kyiv)",
                "Overdue by: 2 hours 5 minutes",
                "Your review deadline: 24 November 2026, 11:15 (Europe/Kyiv)",
                "escalated again, to your manager, Maria Kovalenko.");
        MimeMessage copy = awaitOneMailTo(employee, "Copy: complaint " + REFERENCE);
        assertThat(body(copy)).contains("Hello Ivan Petrenko,", "Overdue by: 2 hours 5 minutes", "Now with: Oksana Tkachenko");
        MimeMessage notice = awaitOneMailTo(customer, "Вашим зверненням № " + REFERENCE + " тепер опікується старший працівник");
        assertThat(body(notice)).contains("не відповіли вчасно", "Відповідь має бути надана до 24 листопада 2026, 11:15 (Europe/Kyiv).")
                .doesNotContain("Ivan", "Oksana");
        assertSignedLinkTo(body(notice), id, toManager.occurredAt());

        publishInOnePoll(List.of(record(id, submitted), record(id, assigned), record(id, warned), record(id, escalated),
                record(id, toManager)));
        publish(id, warned);
        publish(id, escalated);
        publish(id, toManager);
        awaitEverythingPublishedIsHandled();

        assertThat(mailsTo(employee)).extracting(ReceivedMail::subjectOf).hasSize(3)
                .anySatisfy(subject -> assertThat(subject).startsWith("Complaint " + REFERENCE + " is assigned to you"))
                .anySatisfy(subject -> assertThat(subject).startsWith("Reminder: complaint " + REFERENCE))
                .anySatisfy(subject -> assertThat(subject).startsWith("Copy: complaint " + REFERENCE));
        assertThat(mailsTo(manager)).hasSize(1);
        assertThat(mailsTo(customer)).hasSize(2);
        assertThat(mailsTo("maria-" + id + "@retail.example")).isEmpty();
    }

    @Test
    void givenTheAppealWindowPassed_thenTheCustomerIsToldOnceThatTheComplaintIsClosed() throws Exception {
        String id = newId();
        String customer = "closed-" + id + "@example.com";
        SampleEvent submitted = SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint(id)
                .payload("customer", contact(customer)).payload("language", "en");
        SampleEvent closed = SampleEvent.of(ComplaintEventType.CLOSED).forComplaint(id).payload("reason", "appeal-window-passed");
        publish(id, submitted);
        publish(id, closed);

        MimeMessage mail = awaitOneMailTo(customer, "Your message No. " + REFERENCE + " is closed");
        assertThat(body(mail)).contains("the answer you received stands").doesNotContain("http", id);

        publish(id, closed);
        awaitEverythingPublishedIsHandled();
        assertThat(mailsTo(customer)).hasSize(2);
    }

    @Test
    void givenTheDeadlineOfTheTopPassed_thenTheCeoIsRemindedOnceAndNeverToldItGoesHigher() throws Exception {
        String id = newId();
        String ceo = "taras-" + id + "@retail.example";
        SampleEvent missed = SampleEvent.of(ComplaintEventType.DEADLINE_MISSED_AT_TOP).forComplaint(id)
                .payload("assignee", staff("ceo", "Taras Bondarenko", ceo));
        publish(id, SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint(id));
        publish(id, missed);

        MimeMessage mail = awaitOneMailTo(ceo);
        assertThat(mail.getSubject()).isEqualTo("Overdue: complaint " + REFERENCE + " was due 27 November 2026, 11:15 (Europe/Kyiv)");
        assertThat(body(mail)).contains("Hello Taras Bondarenko,", "Nobody is above you").doesNotContain("manager");

        publish(id, missed);
        awaitEverythingPublishedIsHandled();
        assertThat(mailsTo(ceo)).hasSize(1);
    }

    @Test
    void givenEventsOfATypeOrVersionThisServiceDoesNotKnow_thenTheyAreSkippedAndCountedAndTheNextIsStillMailed()
            throws Exception {
        String id = newId();
        String customer = "after-unknown-" + id + "@example.com";
        String newType = SampleEvent.of(ComplaintEventType.CLOSED).forComplaint(id).envelope("type", "ComplaintReopened").json();
        String newVersion = ((ObjectNode) JSON.readTree(SampleEvent.of(ComplaintEventType.DEADLINE_APPROACHING).forComplaint(id).json()))
                .put("version", 2).toString();
        double skippedBefore = skippedAsUnknown();
        publishInOnePoll(List.of(new ProducerRecord<>(Topics.COMPLAINT_EVENTS, id, newType),
                new ProducerRecord<>(Topics.COMPLAINT_EVENTS, id, newVersion),
                record(id, SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint(id).payload("customer", contact(customer)))));

        awaitOneMailTo(customer);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(skippedAsUnknown()).isEqualTo(skippedBefore + 2));
    }

    @Test
    void givenASubmissionWithoutContact_thenNoMailIsSent() throws Exception {
        String id = newId();
        publish(id, SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint(id).payload("customer", NullNode.getInstance()));

        awaitEverythingPublishedIsHandled();
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(mail -> ReceivedMail.subjectOf(mail).contains(id))).isEmpty();
    }

    @Test
    void givenASubmissionPublishedBeforeReferencesExisted_thenItsLettersNameTheComplaintByItsId() throws Exception {
        String id = newId();
        String customer = "old-" + id + "@example.com";
        String assignee = "ivan-" + id + "@retail.example";
        publish(id, withoutReference(SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint(id)
                .payload("customer", contact(customer)).payload("language", "en")));
        publish(id, assigned(id, assignee));
        publish(id, SampleEvent.of(ComplaintEventType.ANSWERED).forComplaint(id).json());

        MimeMessage acknowledgement = awaitOneMailTo(customer, "We have received your message No. " + id);
        MimeMessage answer = awaitOneMailTo(customer, "Our answer to your message No. " + id);
        MimeMessage notice = awaitOneMailTo(assignee);

        assertThat(body(acknowledgement)).contains("Number: " + id);
        assertThat(body(answer)).contains("We have reviewed your message No. " + id + ".");
        assertThat(notice.getSubject()).startsWith("Complaint " + id + " is assigned to you");
        assertThat(body(notice)).contains("Complaint: " + id);
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
        assertThat(deadLettersUntil(poisonKey)).anySatisfy(record -> {
            assertThat(record.value()).isEqualTo(poison);
            assertThat(record.reason()).startsWith("UnreadableEventException");
        });
        awaitDeadLetteredMetric("UnreadableEventException");
    }

    @Test
    void givenManyComplaintsPublishedAtOnce_thenEveryLetterArrivesExactlyOnceAndAgainNoMoreOftenWhenTheyComeAgain() {
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        List<String> readers = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String id = newId();
            String customer = "many-" + id + "@example.com";
            String assignee = "ivan-" + id + "@retail.example";
            records.add(record(id, SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint(id).payload("customer", contact(customer))));
            records.add(record(id, assigned(id, assignee)));
            readers.add(customer);
            readers.add(assignee);
        }

        publishInOnePoll(records);

        await().atMost(PATIENCE).until(() -> readers.stream().allMatch(reader -> !mailsTo(reader).isEmpty()));
        assertEachGetsExactlyOneLetter(readers);

        publishInOnePoll(records);
        awaitEverythingPublishedIsHandled();
        assertEachGetsExactlyOneLetter(readers);
    }

    @Test
    void givenAPoisonRecordInTheMiddleOfABatch_thenItIsParkedAndEveryOtherLetterStillGoesOutOnce() {
        String poisonKey = newId();
        String poison = "{\"eventId\": \"" + poisonKey + "\", \"this is\": not json";
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        List<String> customers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String id = newId();
            String customer = "around-poison-" + id + "@example.com";
            records.add(record(id, SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint(id).payload("customer", contact(customer))));
            customers.add(customer);
        }
        records.add(2, new ProducerRecord<>(Topics.COMPLAINT_EVENTS, poisonKey, poison));

        publishInOnePoll(records);

        assertThat(deadLettersUntil(poisonKey)).anySatisfy(record -> assertThat(record.value()).isEqualTo(poison));
        await().atMost(PATIENCE).until(() -> customers.stream().allMatch(customer -> !mailsTo(customer).isEmpty()));
        assertEachGetsExactlyOneLetter(customers);
    }

    @Test
    void givenALetterToAnAddressThatIsNotOneInTheMiddleOfABatch_thenItsEventIsParkedAndEveryOtherLetterGoesOutOnce() {
        String refusedId = newId();
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        List<String> readers = new ArrayList<>();
        for (String id : List.of(newId(), refusedId, newId())) {
            String customer = id.equals(refusedId) ? "not-an-address-" + id : "refused-neighbour-" + id + "@example.com";
            String assignee = "ivan-" + id + "@retail.example";
            records.add(record(id, SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint(id).payload("customer", contact(customer))));
            records.add(record(id, assigned(id, assignee)));
            readers.add(assignee);
            if (!id.equals(refusedId)) {
                readers.add(customer);
            }
        }

        publishInOnePoll(records);

        assertThat(deadLettersUntil(refusedId)).anySatisfy(record -> {
            assertThat(record.value()).contains("not-an-address-" + refusedId);
            assertThat(record.reason()).startsWith("MailPreparationException");
        });
        await().atMost(PATIENCE).until(() -> readers.stream().allMatch(reader -> !mailsTo(reader).isEmpty()));
        assertEachGetsExactlyOneLetter(readers);
        Document refused = mongo.getCollection("deliveries")
                .find(new Document("complaintId", refusedId).append("purpose", "complaint-received")).first();
        assertThat(refused).isNotNull();
        assertThat(refused.getString("status")).isEqualTo("FAILED");
        assertThat(refused.getString("lastError")).contains("MailPreparationException");
        assertThat(refused.getInteger("attempts")).as("refused at once, not retried").isEqualTo(1);
        awaitDeadLetteredMetric("MailPreparationException");
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
                        "complaintbook_notification_messages_sent_total{application=\"notification-service\",channel=\"email\",language=\"uk\",purpose=\"complaint-received\"}"));
    }

    private void publish(String key, SampleEvent event) {
        publish(key, event.json());
    }

    private void publish(String key, String json) {
        kafka.send(Topics.COMPLAINT_EVENTS, key, json).join();
    }

    private static ProducerRecord<String, String> record(String key, SampleEvent event) {
        return new ProducerRecord<>(Topics.COMPLAINT_EVENTS, key, event.json());
    }

    /**
     * Publishes while the listener is paused, so that the records wait on the topic and the listener
     * takes them together, up to a poll's worth.
     */
    private void publishInOnePoll(List<ProducerRecord<String, String>> records) {
        MessageListenerContainer listener = listeners.getListenerContainers().iterator().next();
        listener.pause();
        try {
            await().atMost(PATIENCE).until(listener::isContainerPaused);
            records.stream().map(kafka::send).toList().forEach(CompletableFuture::join);
        } finally {
            listener.resume();
        }
    }

    /** Each reader has exactly one letter, and no two letters share a Message-ID. */
    private void assertEachGetsExactlyOneLetter(List<String> readers) {
        for (String reader : readers) {
            assertThat(mailsTo(reader)).as("letters to %s", reader).hasSize(1);
        }
        List<String> messageIds = readers.stream().flatMap(reader -> mailsTo(reader).stream()).map(ReceivedMail::messageIdOf).toList();
        assertThat(messageIds).doesNotHaveDuplicates();
    }

    /** The event as a producer from before references wrote it: without the field at all. */
    private static String withoutReference(SampleEvent submitted) {
        ObjectNode envelope = (ObjectNode) JSON.readTree(submitted.json());
        ((ObjectNode) envelope.get("payload")).remove("reference");
        return JSON.writeValueAsString(envelope);
    }

    private static SampleEvent assigned(String id, String assigneeEmail) {
        SampleEvent assigned = SampleEvent.of(ComplaintEventType.ASSIGNED).forComplaint(id);
        return assigned.payload("assignee", JSON.createObjectNode()
                .put("id", "e-delivery-lead").put("name", "Ivan Petrenko").put("email", assigneeEmail));
    }

    private static ObjectNode staff(String id, String name, String email) {
        return JSON.createObjectNode().put("id", id).put("name", name).put("email", email);
    }

    private static ObjectNode contact(String email) {
        return JSON.createObjectNode()
                .put("name", "Olena Shevchenko").put("email", email).put("phone", "+380441234567");
    }

    // One partition: once a submission published now is acknowledged, everything before it was handled.
    private void awaitEverythingPublishedIsHandled() {
        String marker = newId();
        String markerCustomer = "marker-" + marker + "@example.com";
        publish(marker, SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint(marker).payload("customer", contact(markerCustomer)));
        awaitOneMailTo(markerCustomer);
    }

    /**
     * Checks a customer link the way intake does: it opens this complaint, carries the HMAC of the
     * shared secret, and expires 120 days after the event it was mailed for.
     */
    private static void assertSignedLinkTo(String body, String complaintId, Instant occurredAt) throws Exception {
        Matcher link = CUSTOMER_LINK.matcher(body);
        assertThat(link.find()).as("a customer link in:%n%s", body).isTrue();
        Base64.Decoder base64url = Base64.getUrlDecoder();
        assertThat(new String(base64url.decode(link.group(1)), StandardCharsets.UTF_8)).isEqualTo(complaintId);
        assertThat(Long.parseLong(link.group(2))).isEqualTo(occurredAt.plus(Duration.ofDays(120)).getEpochSecond());
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(LINK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        assertThat(base64url.decode(link.group(3)))
                .isEqualTo(hmac.doFinal((complaintId + "." + link.group(2)).getBytes(StandardCharsets.UTF_8)));
    }

    private MimeMessage awaitOneMailTo(String address, String subjectStart) {
        await().atMost(PATIENCE).until(() -> !mailsTo(address, subjectStart).isEmpty());
        List<MimeMessage> mails = mailsTo(address, subjectStart);
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private List<MimeMessage> mailsTo(String address, String subjectStart) {
        return mailsTo(address).stream().filter(mail -> ReceivedMail.subjectOf(mail).startsWith(subjectStart)).toList();
    }

    private MimeMessage awaitOneMailTo(String address) {
        await().atMost(PATIENCE).until(() -> !mailsTo(address).isEmpty());
        List<MimeMessage> mails = mailsTo(address);
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private List<MimeMessage> mailsTo(String address) {
        return ReceivedMail.to(smtp, address);
    }

    // SMTP carries lines ending in CRLF; the letters are written with LF.
    private static String body(MimeMessage mail) throws Exception {
        return ((String) mail.getContent()).replace("\r\n", "\n");
    }

    /** The count of skipped events of an unknown type or version, as Prometheus scrapes it. */
    private double skippedAsUnknown() {
        String scrape = http.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        return scrape.lines()
                .filter(line -> line.startsWith("complaintbook_notification_events_skipped_total{")
                        && line.contains("reason=\"unknown-type\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private void awaitDeadLetteredMetric(String reason) {
        await().atMost(PATIENCE).untilAsserted(() -> http.get().uri("/actuator/prometheus").exchange()
                .expectBody(String.class).value(metrics -> assertThat(metrics).containsPattern(
                        "complaintbook_events_dead_lettered_total\\{[^}]*group=\"notification-service\"[^}]*reason=\""
                                + reason + "\"[^}]*} [1-9]")));
    }

    /** Every record parked so far, once one keyed {@code key} is among them. */
    private List<Parked> deadLettersUntil(String key) {
        try (DeadLetterProbe deadLetters = DeadLetterProbe.of(broker.getBrokersAsString(), Topics.COMPLAINT_EVENTS,
                "notification-service")) {
            deadLetters.awaitParked(key);
            return deadLetters.parked();
        }
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}

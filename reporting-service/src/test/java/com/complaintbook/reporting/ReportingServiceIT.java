package com.complaintbook.reporting;

import com.complaintbook.contracts.Topics;
import com.complaintbook.contracts.events.ComplaintEventType;
import com.complaintbook.contracts.samples.SampleEvent;
import com.complaintbook.kit.security.StaffRole;
import com.complaintbook.kit.test.DeadLetterProbe.Parked;
import com.complaintbook.kit.test.DeadLetterProbe;
import com.complaintbook.kit.test.EmbeddedMongo;
import com.complaintbook.kit.test.TestIdentityProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.StringNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service as it runs: records on the real events topic in, the HTTP API out. One partition, so
 * a record seen projected proves every record before it was processed too. A record that failed
 * for any reason but a refusal would be retried without end, so one that should be parked and is
 * not fails the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@EmbeddedKafka(partitions = 1, topics = Topics.COMPLAINT_EVENTS, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@Import(EmbeddedMongo.class)
class ReportingServiceIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger REFERENCES = new AtomicInteger(100_000);

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

    @Test
    void givenSubmittedAndAssigned_thenTheComplaintIsAssignedWithItsAssigneeAndDeadline() {
        String id = newId();
        publish(id, submission(id)
                .payload("reference", "KB-31-000042")
                .payload("submittedAt", "2031-01-10T10:00:00Z")
                .payload("loyaltyCard", new StringNode("a field a newer producer added"))
                .envelope("traceId", "also new"));
        publish(id, SampleEvent.of(ComplaintEventType.ASSIGNED).forComplaint(id));

        awaitStatus(id, "ASSIGNED");
        http.get().uri("/api/v1/complaints/{id}", id).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.complaintId").isEqualTo(id)
                .jsonPath("$.reference").isEqualTo("KB-31-000042")
                .jsonPath("$.kind").isEqualTo("complaint")
                .jsonPath("$.channel").isEqualTo("terminal")
                .jsonPath("$.storeId").isEqualTo("kyiv-001")
                .jsonPath("$.category").isEqualTo("delivery")
                .jsonPath("$.level").isEqualTo(0)
                .jsonPath("$.assignee.id").isEqualTo("e-delivery-lead")
                .jsonPath("$.assignee.name").isEqualTo("Ivan Petrenko")
                .jsonPath("$.deadline").isEqualTo("2026-11-23T09:15:30Z")
                .jsonPath("$.submittedAt").isEqualTo("2031-01-10T10:00:00Z")
                .jsonPath("$.lastChangedAt").isEqualTo("2026-11-20T09:15:31Z")
                .jsonPath("$.lastSequence").isEqualTo(1);

        http.get().uri("/api/v1/reports/status-counts?from=2031-01-10T00:00:00Z&to=2031-01-11T00:00:00Z").exchange()
                .expectStatus().isOk()
                .expectBody().json("""
                        {"SUBMITTED": 0, "ASSIGNED": 1, "ANSWERED": 0, "REJECTED": 0, "ESCALATED": 0, "CLOSED": 0}""");
    }

    @Test
    void givenTheWholeLifeUpToAFinalAnswer_thenTheComplaintIsClosedWithItAfterOneEscalation() {
        String id = newId();
        List<SampleEvent> life = wholeLife(id, "2032-05-10T10:00:00Z");
        life.forEach(event -> publish(id, event));

        awaitStatus(id, "CLOSED");
        http.get().uri("/api/v1/complaints/{id}", id).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("CLOSED")
                .jsonPath("$.closureReason").isEqualTo("final-answer")
                .jsonPath("$.closedAt").isEqualTo("2032-05-14T16:00:00Z")
                .jsonPath("$.level").isEqualTo(1)
                .jsonPath("$.escalationCount").isEqualTo(1)
                .jsonPath("$.escalationReason").isEqualTo("customer-not-satisfied")
                .jsonPath("$.escalationComment").isEqualTo("A new sofa on Friday is a week too late.")
                .jsonPath("$.assignee.id").isEqualTo("m-logistics")
                .jsonPath("$.answer").isEqualTo("We refund the sofa in full and collect it on Thursday.")
                .jsonPath("$.answeredBy").isEqualTo("ceo")
                .jsonPath("$.answeredAt").isEqualTo("2032-05-14T16:00:00Z")
                .jsonPath("$.finalAnswer").isEqualTo(true)
                .jsonPath("$.appealDeadline").isEmpty()
                .jsonPath("$.rejectionReason").isEmpty()
                .jsonPath("$.lastSequence").isEqualTo(6);

        http.get().uri("/api/v1/reports/status-counts?from=2032-05-10T00:00:00Z&to=2032-05-11T00:00:00Z").exchange()
                .expectStatus().isOk()
                .expectBody().json("""
                        {"SUBMITTED": 0, "ASSIGNED": 0, "ANSWERED": 0, "REJECTED": 0, "ESCALATED": 0, "CLOSED": 1}""");
    }

    @Test
    void givenEveryEventOfAClosedComplaintRedelivered_thenNothingAboutItChanges() {
        String id = newId();
        List<SampleEvent> life = wholeLife(id, "2032-06-10T10:00:00Z");
        life.forEach(event -> publish(id, event));
        awaitStatus(id, "CLOSED");
        String closed = viewOf(id);

        life.forEach(event -> publish(id, event));
        publish(id, life.get(3));
        String marker = newId();
        publish(marker, submission(marker));

        awaitStatus(marker, "SUBMITTED");
        assertThat(viewOf(id)).isEqualTo(closed);
        http.get().uri("/api/v1/reports/status-counts?from=2032-06-10T00:00:00Z&to=2032-06-11T00:00:00Z").exchange()
                .expectStatus().isOk()
                .expectBody().json("""
                        {"SUBMITTED": 0, "ASSIGNED": 0, "ANSWERED": 0, "REJECTED": 0, "ESCALATED": 0, "CLOSED": 1}""");
        http.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(metrics -> assertThat(metrics)
                        .contains("complaintbook_reporting_events_already_applied_total{application=\"reporting-service\",projection=\"complaint-view\",type=\"ComplaintClosed\"}")
                        .contains("complaintbook_reporting_events_already_applied_total{application=\"reporting-service\",projection=\"complaint-view\",type=\"ComplaintEscalated\"}"));
    }

    @Test
    void givenComplaintsOfOneStore_thenStaffListThemByStatusAndAssigneeNewestFirstAndPageByPage() {
        String store = "store-" + newId();
        String first = newId();
        String second = newId();
        String third = newId();
        publish(first, submission(first)
                .payload("storeId", store).payload("submittedAt", "2033-01-01T10:00:00Z"));
        publish(first, SampleEvent.of(ComplaintEventType.ASSIGNED).forComplaint(first));
        publish(second, submission(second)
                .payload("storeId", store).payload("submittedAt", "2033-01-02T10:00:00Z"));
        publish(second, SampleEvent.of(ComplaintEventType.ASSIGNED).forComplaint(second)
                .payload("assignee", staffMember("e-quality-lead", "Petro Melnyk")));
        publish(third, submission(third)
                .payload("storeId", store).payload("submittedAt", "2033-01-03T10:00:00Z"));
        publish(third, SampleEvent.of(ComplaintEventType.ASSIGNED).forComplaint(third));
        publish(third, SampleEvent.of(ComplaintEventType.CLOSED).forComplaint(third).sequence(2));
        awaitStatus(third, "CLOSED");

        http.get().uri("/api/v1/complaints?storeId={store}&status=ASSIGNED", store).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[*].complaintId").isEqualTo(List.of(second, first))
                .jsonPath("$.items[0].assignee.id").isEqualTo("e-quality-lead")
                .jsonPath("$.totalItems").isEqualTo(2);
        http.get().uri("/api/v1/complaints?storeId={store}&assigneeId=e-delivery-lead", store).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items[*].complaintId").isEqualTo(List.of(third, first));
        http.get().uri("/api/v1/complaints?storeId={store}&assigneeId=e-delivery-lead&status=closed", store).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[*].complaintId").isEqualTo(List.of(third))
                .jsonPath("$.items[0].closureReason").isEqualTo("accepted-by-customer");

        http.get().uri("/api/v1/complaints?storeId={store}&size=2", store).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[*].complaintId").isEqualTo(List.of(third, second))
                .jsonPath("$.page").isEqualTo(0)
                .jsonPath("$.size").isEqualTo(2)
                .jsonPath("$.totalItems").isEqualTo(3)
                .jsonPath("$.totalPages").isEqualTo(2);
        http.get().uri("/api/v1/complaints?storeId={store}&size=2&page=1", store).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[*].complaintId").isEqualTo(List.of(first))
                .jsonPath("$.page").isEqualTo(1);
    }

    @Test
    void givenComplaintsWithAndWithoutNames_thenTheApiTheCsvExportAndTheCountsShowNamesInTheAskedLanguageElseIds() {
        String store = "store-" + newId();
        String oldStore = "old-" + newId();
        String named = newId();
        String alsoNamed = newId();
        String old = newId();
        publish(named, submission(named).payload("storeId", store).payload("submittedAt", "2035-03-01T10:00:00Z"));
        publish(alsoNamed, submission(alsoNamed).payload("storeId", store).payload("submittedAt", "2035-03-02T10:00:00Z"));
        publish(old, submission(old).payload("storeId", oldStore).payload("category", "pricing")
                .payload("submittedAt", "2035-03-03T10:00:00Z")
                .withoutPayload("storeName").withoutPayload("storeAddress").withoutPayload("categoryName"));
        awaitStatus(old, "SUBMITTED");

        http.get().uri("/api/v1/complaints/{id}", named).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.storeId").isEqualTo(store)
                .jsonPath("$.storeName.uk").isEqualTo("Київ, Хрещатик")
                .jsonPath("$.storeName.en").isEqualTo("Kyiv, Khreshchatyk")
                .jsonPath("$.categoryName.ru").isEqualTo("Доставка");
        http.get().uri("/api/v1/complaints/{id}", old).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.storeName").doesNotExist()
                .jsonPath("$.categoryName").doesNotExist();

        String english = csv("/api/v1/complaints/export?storeId=" + store);
        assertThat(english).startsWith("\uFEFFreference,complaintId,kind,channel,storeId,store,categoryId,category,status,");
        assertThat(english.lines().skip(1).toList()).hasSize(2)
                .allSatisfy(line -> assertThat(line).contains(store + ",\"Kyiv, Khreshchatyk\",delivery,Delivery,SUBMITTED,0,"))
                .satisfies(lines -> assertThat(lines.get(0)).contains(alsoNamed))
                .satisfies(lines -> assertThat(lines.get(1)).contains(named));
        assertThat(csv("/api/v1/complaints/export?storeId=" + store + "&lang=uk"))
                .contains(store + ",\"Київ, Хрещатик\",delivery,Доставка,SUBMITTED,");
        assertThat(csv("/api/v1/complaints/export?storeId=" + oldStore + "&lang=ru"))
                .contains(oldStore + "," + oldStore + ",pricing,pricing,SUBMITTED,");

        String march = "from=2035-03-01T00:00:00Z&to=2035-04-01T00:00:00Z";
        http.get().uri("/api/v1/reports/store-counts?" + march + "&lang=uk").exchange()
                .expectStatus().isOk()
                .expectBody().json("""
                        [{"id": "%s", "name": "Київ, Хрещатик", "count": 2}, {"id": "%s", "name": "%s", "count": 1}]"""
                        .formatted(store, oldStore, oldStore), JsonCompareMode.STRICT);
        http.get().uri("/api/v1/reports/category-counts?" + march).exchange()
                .expectStatus().isOk()
                .expectBody().json("""
                        [{"id": "delivery", "name": "Delivery", "count": 2}, {"id": "pricing", "name": "pricing", "count": 1}]""",
                        JsonCompareMode.STRICT);
    }

    @ParameterizedTest
    @CsvSource({"/api/v1/complaints/export?lang=de", "/api/v1/reports/store-counts?lang=pl", "/api/v1/reports/category-counts?lang=ukr"})
    void givenALanguageItDoesNotWriteIn_thenBadRequestAsProblemDetailNamingLang(String uri) {
        http.get().uri(uri).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.parameter").isEqualTo("lang")
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).startsWith("lang must be one of ru, uk, en"));
    }

    @Test
    void givenAReferenceACustomerQuotes_thenStaffFindTheComplaintByItAndSeeItInLists() {
        String store = "store-" + newId();
        String id = newId();
        String other = newId();
        String reference = nextReference();
        publish(id, submission(id).payload("reference", reference).payload("storeId", store));
        publish(id, SampleEvent.of(ComplaintEventType.ASSIGNED).forComplaint(id));
        publish(other, submission(other).payload("storeId", store));
        awaitStatus(id, "ASSIGNED");
        awaitStatus(other, "SUBMITTED");

        http.get().uri("/api/v1/complaints/by-reference/{reference}", reference).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.complaintId").isEqualTo(id)
                .jsonPath("$.reference").isEqualTo(reference)
                .jsonPath("$.status").isEqualTo("ASSIGNED")
                .jsonPath("$.assignee.id").isEqualTo("e-delivery-lead");
        http.get().uri("/api/v1/complaints/by-reference/{reference}", " " + reference.toLowerCase() + " ").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.complaintId").isEqualTo(id);
        http.get().uri("/api/v1/complaints?reference={reference}", reference.toLowerCase()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[*].complaintId").isEqualTo(List.of(id))
                .jsonPath("$.items[0].reference").isEqualTo(reference)
                .jsonPath("$.totalItems").isEqualTo(1);
        http.get().uri("/api/v1/complaints?storeId={store}&reference={reference}&status=SUBMITTED", store, reference).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.totalItems").isEqualTo(0);
        http.get().uri("/api/v1/complaints?storeId={store}", store).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items[*].reference").value(List.class, references -> assertThat(references)
                        .hasSize(2).contains(reference).doesNotHaveDuplicates());
    }

    @Test
    void givenAComplaintSubmittedBeforeReferencesExisted_thenItIsShownWithoutOneAndFoundByItsId() {
        String id = newId();
        publish(id, submission(id).withoutPayload("reference"));

        awaitStatus(id, "SUBMITTED");
        http.get().uri("/api/v1/complaints/{id}", id).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.reference").isEmpty();
    }

    @Test
    void givenAReferenceThatAlreadyNamesAnotherComplaint_thenTheSubmissionIsParkedAndTheFirstComplaintKeepsIt() {
        String first = newId();
        String second = newId();
        String reference = nextReference();
        publish(first, submission(first).payload("reference", reference));
        awaitStatus(first, "SUBMITTED");
        await().atMost(PATIENCE).untilAsserted(() -> http.get().uri("/api/v1/complaints/by-reference/{reference}", reference)
                .exchange().expectStatus().isOk());

        publish(second, submission(second).payload("reference", reference));

        assertThat(deadLettersUntil(second)).anySatisfy(record -> assertThat(record.value()).contains(reference));
        http.get().uri("/api/v1/complaints/by-reference/{reference}", reference).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.complaintId").isEqualTo(first);
        http.get().uri("/api/v1/complaints/{id}", second).exchange().expectStatus().isNotFound();
    }

    @Test
    void givenAnUnknownReference_thenNotFoundAsProblemDetailNamingIt() {
        http.get().uri("/api/v1/complaints/by-reference/{reference}", "kb-99-999999").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.title").isEqualTo("Complaint not found")
                .jsonPath("$.reference").isEqualTo("KB-99-999999");
    }

    @ParameterizedTest
    @CsvSource({"status=OPEN, status", "size=1000, size", "size=0, size", "page=-1, page", "page=first, page"})
    void givenAListParameterItCannotUse_thenBadRequestAsProblemDetailNamingIt(String query, String parameter) {
        http.get().uri("/api/v1/complaints?" + query).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.title").isEqualTo("Invalid parameter")
                .jsonPath("$.parameter").isEqualTo(parameter)
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).startsWith(parameter + " must"));
    }

    @Test
    void givenTheSubmittedRedeliveredAfterTheAssigned_thenTheComplaintStaysAssigned() {
        String id = newId();
        SampleEvent submitted = submission(id);
        publish(id, submitted);
        publish(id, SampleEvent.of(ComplaintEventType.ASSIGNED).forComplaint(id));
        publish(id, submitted);
        String marker = newId();
        publish(marker, submission(marker));

        awaitStatus(marker, "SUBMITTED");
        http.get().uri("/api/v1/complaints/{id}", id).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("ASSIGNED")
                .jsonPath("$.assignee.id").isEqualTo("e-delivery-lead")
                .jsonPath("$.lastSequence").isEqualTo(1);
    }

    @Test
    void givenAPoisonRecord_thenItIsParkedOnTheDeadLetterTopicAndTheNextRecordIsProjected() {
        String poisonKey = newId();
        String poison = "{ this is not an event " + poisonKey;
        kafka.send(Topics.COMPLAINT_EVENTS, poisonKey, poison).join();
        String id = newId();
        publish(id, submission(id));

        awaitStatus(id, "SUBMITTED");
        assertThat(deadLettersUntil(poisonKey)).anySatisfy(record -> {
            assertThat(record.key()).isEqualTo(poisonKey);
            assertThat(record.value()).isEqualTo(poison);
            assertThat(record.reason()).startsWith("UnreadableEventException: not an event envelope");
        });
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> http.get().uri("/actuator/prometheus").exchange()
                .expectBody(String.class).value(metrics -> assertThat(metrics)
                        .containsPattern("complaintbook_events_dead_lettered_total\\{[^}]*group=\"reporting-service\"[^}]*reason=\"UnreadableEventException\"[^}]*} [1-9]")));
    }

    @Test
    void givenAPoisonRecordAmongManyGoodOnes_thenOnlyItIsParkedAndEveryOtherIsProjected() {
        String store = "store-" + newId();
        List<String> ids = IntStream.range(0, 60).mapToObj(i -> newId()).toList();
        String poisonKey = newId();
        String poison = "{ not an event either " + poisonKey;
        List<CompletableFuture<?>> sends = new ArrayList<>();
        for (String id : ids) {
            if (id.equals(ids.get(ids.size() / 2))) {
                sends.add(kafka.send(Topics.COMPLAINT_EVENTS, poisonKey, poison));
            }
            sends.add(send(id, submission(id).payload("storeId", store)));
            sends.add(send(id, SampleEvent.of(ComplaintEventType.ASSIGNED).forComplaint(id)));
        }
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();

        await().atMost(PATIENCE).untilAsserted(() -> http.get()
                .uri("/api/v1/complaints?storeId={store}&status=ASSIGNED&size=1", store).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.totalItems").isEqualTo(ids.size()));
        List<Parked> parked = deadLettersUntil(poisonKey);
        assertThat(parked).filteredOn(record -> poisonKey.equals(record.key()))
                .singleElement().extracting(Parked::value).isEqualTo(poison);
        assertThat(parked).extracting(Parked::key).doesNotContainAnyElementsOf(ids);
    }

    @Test
    void givenManyComplaintsLivingTheirWholeLifeAtOnce_thenEveryOneEndsAsItsEventsSay() {
        String store = "store-" + newId();
        int complaints = 150;
        List<CompletableFuture<?>> sends = new ArrayList<>();
        for (int i = 0; i < complaints; i++) {
            String id = newId();
            List<SampleEvent> life = wholeLife(id, "2034-02-01T10:00:00Z");
            life.get(0).payload("storeId", store);
            life.forEach(event -> sends.add(send(id, event)));
        }
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();

        await().atMost(PATIENCE.multipliedBy(2)).untilAsserted(() -> http.get()
                .uri("/api/v1/complaints?storeId={store}&status=CLOSED&size=1", store).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.totalItems").isEqualTo(complaints));
        for (int page = 0; page < 2; page++) {
            http.get().uri("/api/v1/complaints?storeId={store}&size=100&page={page}", store, page).exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.totalItems").isEqualTo(complaints)
                    .jsonPath("$.items[*].status").value(List.class, statuses -> assertThat(statuses).containsOnly("CLOSED"))
                    .jsonPath("$.items[*].closureReason").value(List.class, reasons -> assertThat(reasons).containsOnly("final-answer"))
                    .jsonPath("$.items[*].escalationCount").value(List.class, counts -> assertThat(counts).containsOnly(1))
                    .jsonPath("$.items[*].answeredBy").value(List.class, answerers -> assertThat(answerers).containsOnly("ceo"))
                    .jsonPath("$.items[*].lastSequence").value(List.class, sequences -> assertThat(sequences).containsOnly(6));
        }
        http.get().uri("/api/v1/reports/status-counts?from=2034-02-01T00:00:00Z&to=2034-02-02T00:00:00Z").exchange()
                .expectStatus().isOk()
                .expectBody().json("""
                        {"SUBMITTED": 0, "ASSIGNED": 0, "ANSWERED": 0, "REJECTED": 0, "ESCALATED": 0, "CLOSED": 150}""");
    }

    @Test
    void givenAComplaintNobodyAnswersUpToTheTop_thenItsViewShowsTheWarningsTheClimbAndThatTheTopIsOverdue() {
        String id = newId();
        unansweredToTheTop(id, "2035-03").forEach(event -> publish(id, event));

        await().atMost(PATIENCE).untilAsserted(() -> http.get().uri("/api/v1/complaints/{id}", id).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.lastSequence").isEqualTo(6));
        http.get().uri("/api/v1/complaints/{id}", id).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("ASSIGNED")
                .jsonPath("$.level").isEqualTo(1)
                .jsonPath("$.assignee.id").isEqualTo("ceo")
                .jsonPath("$.escalationCount").isEqualTo(1)
                .jsonPath("$.escalationReason").isEqualTo("deadline-missed")
                .jsonPath("$.escalatedFrom.id").isEqualTo("e-delivery-lead")
                .jsonPath("$.escalatedFrom.name").isEqualTo("Ivan Petrenko")
                .jsonPath("$.escalatedFrom.email").doesNotExist()
                .jsonPath("$.missedDeadline").isEqualTo("2035-03-04T10:00:00Z")
                .jsonPath("$.warningCount").isEqualTo(2)
                .jsonPath("$.warnedLevel").isEqualTo(1)
                .jsonPath("$.warnedAt").isEqualTo("2035-03-05T04:00:00Z")
                .jsonPath("$.overdueAtTop").isEqualTo(true)
                .jsonPath("$.deadlineMissedAtTopAt").isEqualTo("2035-03-06T10:00:01Z");
        http.get().uri("/api/v1/complaints?assigneeId=ceo&status=ASSIGNED&size=100").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.complaintId == '" + id + "')].overdueAtTop").isEqualTo(List.of(true));
        http.get().uri("/api/v1/reports/deadline-counts?from=2035-03-01T00:00:00Z&to=2035-04-01T00:00:00Z").exchange()
                .expectStatus().isOk()
                .expectBody().json("""
                        {"warnings": {"total": 2, "byLevel": {"0": 1, "1": 1}},
                         "breaches": {"total": 2, "byLevel": {"0": 1, "1": 1}, "atTop": 1},
                         "closures": {"accepted-by-customer": 0, "final-answer": 0, "appeal-window-passed": 0}}""", JsonCompareMode.STRICT);
    }

    @Test
    void givenAnAnswerWhoseAppealWindowPassed_thenTheComplaintIsClosedForThatReasonAndCountedSo() {
        String id = newId();
        publish(id, submission(id).payload("submittedAt", "2035-05-01T10:00:00Z"));
        publish(id, SampleEvent.of(ComplaintEventType.ASSIGNED).forComplaint(id));
        publish(id, SampleEvent.of(ComplaintEventType.ANSWERED).forComplaint(id));
        publish(id, SampleEvent.of(ComplaintEventType.CLOSED).forComplaint(id)
                .payload("reason", "appeal-window-passed").payload("closedAt", "2035-05-16T10:00:00Z"));

        awaitStatus(id, "CLOSED");
        http.get().uri("/api/v1/complaints/{id}", id).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.closureReason").isEqualTo("appeal-window-passed")
                .jsonPath("$.closedAt").isEqualTo("2035-05-16T10:00:00Z")
                .jsonPath("$.overdueAtTop").isEqualTo(false)
                .jsonPath("$.warningCount").isEqualTo(0);
        http.get().uri("/api/v1/reports/deadline-counts?from=2035-05-01T00:00:00Z&to=2035-06-01T00:00:00Z").exchange()
                .expectStatus().isOk()
                .expectBody().json("""
                        {"warnings": {"total": 0, "byLevel": {}},
                         "breaches": {"total": 0, "byLevel": {}, "atTop": 0},
                         "closures": {"accepted-by-customer": 0, "final-answer": 0, "appeal-window-passed": 1}}""", JsonCompareMode.STRICT);
    }

    @Test
    void givenTheDeadlineEventsReplayedTwice_thenTheViewAndEveryCountStayAsTheyWere() {
        String id = newId();
        List<SampleEvent> life = unansweredToTheTop(id, "2035-07");
        life.forEach(event -> publish(id, event));
        await().atMost(PATIENCE).untilAsserted(() -> http.get().uri("/api/v1/complaints/{id}", id).exchange()
                .expectBody().jsonPath("$.lastSequence").isEqualTo(6));
        String view = viewOf(id);
        String counts = deadlineCounts("2035-07-01T00:00:00Z", "2035-08-01T00:00:00Z");

        life.forEach(event -> publish(id, event));
        life.forEach(event -> publish(id, event));
        String marker = newId();
        publish(marker, submission(marker));

        awaitStatus(marker, "SUBMITTED");
        assertThat(viewOf(id)).isEqualTo(view);
        assertThat(deadlineCounts("2035-07-01T00:00:00Z", "2035-08-01T00:00:00Z")).isEqualTo(counts);
        http.get().uri("/api/v1/reports/deadline-counts?from=2035-07-01T00:00:00Z&to=2035-08-01T00:00:00Z").exchange()
                .expectBody()
                .jsonPath("$.warnings.total").isEqualTo(2)
                .jsonPath("$.breaches.total").isEqualTo(2)
                .jsonPath("$.breaches.atTop").isEqualTo(1);
        http.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(metrics -> assertThat(metrics)
                        .contains("complaintbook_reporting_events_already_applied_total{application=\"reporting-service\",projection=\"milestones\",type=\"ComplaintDeadlineMissedAtTop\"}")
                        .contains("complaintbook_reporting_events_already_applied_total{application=\"reporting-service\",projection=\"complaint-view\",type=\"ComplaintDeadlineApproaching\"}"));
    }

    @Test
    void givenADeadlineCountsPeriodThatIsNotOne_thenBadRequestAsProblemDetail() {
        http.get().uri("/api/v1/reports/deadline-counts?to=next-week").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(400);
        http.get().uri("/api/v1/reports/deadline-counts?from=2035-02-01T00:00:00Z&to=2035-02-01T00:00:00Z").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.title").isEqualTo("Invalid period");
    }

    @Test
    void givenAnEventTypeItDoesNotKnow_thenItIsSkippedAndTheStreamGoesOn() {
        String id = newId();
        publish(id, submission(id));
        publish(id, SampleEvent.of(ComplaintEventType.ANSWERED).forComplaint(id).sequence(1)
                .envelope("type", "ComplaintFromTheFuture"));
        publish(id, SampleEvent.of(ComplaintEventType.ASSIGNED).forComplaint(id).sequence(2));

        awaitStatus(id, "ASSIGNED");
    }

    @Test
    void givenAnUnknownComplaint_thenNotFoundAsProblemDetail() {
        http.get().uri("/api/v1/complaints/{id}", "no-such-complaint").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.title").isEqualTo("Complaint not found")
                .jsonPath("$.complaintId").isEqualTo("no-such-complaint");
    }

    @Test
    void givenAPeriodThatIsNotOne_thenBadRequestAsProblemDetail() {
        http.get().uri("/api/v1/reports/status-counts?from=yesterday").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(400);

        http.get().uri("/api/v1/reports/status-counts?from=2031-02-01T00:00:00Z&to=2031-01-01T00:00:00Z").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.title").isEqualTo("Invalid period");
    }

    @Test
    void givenNoPeriod_thenEveryStatusIsCounted() {
        http.get().uri("/api/v1/reports/status-counts").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.SUBMITTED").isNumber()
                .jsonPath("$.ASSIGNED").isNumber()
                .jsonPath("$.ANSWERED").isNumber()
                .jsonPath("$.REJECTED").isNumber()
                .jsonPath("$.ESCALATED").isNumber()
                .jsonPath("$.CLOSED").isNumber();
    }

    @Test
    void operatorsSeeReadinessMetricsAndTheApiDescription() {
        String id = newId();
        publish(id, submission(id));
        awaitStatus(id, "SUBMITTED");

        http.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        http.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(metrics -> assertThat(metrics)
                        .contains("complaintbook_reporting_events_projected_total{application=\"reporting-service\",projection=\"complaint-view\",type=\"ComplaintSubmitted\"}")
                        .contains("complaintbook_reporting_projection_lag_seconds")
                        .contains("complaintbook_reporting_events_batch_size_records_max"));
        http.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/api/v1/complaints/{complaintId}'].get").exists()
                .jsonPath("$.paths['/api/v1/complaints'].get.parameters[*].name")
                .isEqualTo(List.of("status", "assigneeId", "storeId", "category", "reference", "page", "size"))
                .jsonPath("$.paths['/api/v1/complaints/by-reference/{reference}'].get").exists()
                .jsonPath("$.paths['/api/v1/reports/status-counts'].get").exists()
                .jsonPath("$.paths['/api/v1/reports/deadline-counts'].get").exists()
                .jsonPath("$.components.securitySchemes.staff.scheme").isEqualTo("bearer");
        http.get().uri("/swagger-ui.html").exchange()
                .expectStatus().is3xxRedirection()
                .expectHeader().value("Location", location -> assertThat(location).contains("swagger-ui"));
    }

    // Submitted; assigned at level 0; answered; escalated because the customer was not satisfied;
    // assigned at level 1; answered finally by the CEO; closed by that final answer.
    private static List<SampleEvent> wholeLife(String id, String submittedAt) {
        return List.of(
                submission(id).payload("submittedAt", submittedAt),
                SampleEvent.of(ComplaintEventType.ASSIGNED).forComplaint(id),
                SampleEvent.of(ComplaintEventType.ANSWERED).forComplaint(id),
                SampleEvent.of(ComplaintEventType.ESCALATED).forComplaint(id).sequence(3)
                        .payload("reason", "customer-not-satisfied")
                        .payload("comment", "A new sofa on Friday is a week too late.")
                        .payload("escalatedAt", "2032-05-12T09:00:00Z").envelope("occurredAt", "2032-05-12T09:00:00Z"),
                SampleEvent.of(ComplaintEventType.ASSIGNED).forComplaint(id).sequence(4)
                        .payload("level", 1)
                        .payload("assignee", staffMember("m-logistics", "Oksana Tkachenko"))
                        .payload("deadline", "2032-05-15T09:00:00Z")
                        .payload("assignedAt", "2032-05-12T09:00:01Z").envelope("occurredAt", "2032-05-12T09:00:01Z"),
                SampleEvent.of(ComplaintEventType.ANSWERED).forComplaint(id).sequence(5)
                        .payload("level", 1).payload("answeredBy", "ceo")
                        .payload("answer", "We refund the sofa in full and collect it on Thursday.")
                        .payload("finalAnswer", true).withoutPayload("appealDeadline")
                        .payload("answeredAt", "2032-05-14T16:00:00Z").envelope("occurredAt", "2032-05-14T16:00:00Z"),
                SampleEvent.of(ComplaintEventType.CLOSED).forComplaint(id).sequence(6)
                        .payload("reason", "final-answer")
                        .payload("closedAt", "2032-05-14T16:00:00Z").envelope("occurredAt", "2032-05-14T16:00:00Z"));
    }

    // Submitted and assigned at level 0 in {@code month}; warned; the deadline missed, so it climbs
    // to the CEO at level 1 (the top: no managers); warned there; the CEO's deadline missed too.
    private static List<SampleEvent> unansweredToTheTop(String id, String month) {
        return List.of(
                submission(id).payload("submittedAt", month + "-01T10:00:00Z"),
                SampleEvent.of(ComplaintEventType.ASSIGNED).forComplaint(id)
                        .payload("deadline", month + "-04T10:00:00Z"),
                SampleEvent.of(ComplaintEventType.DEADLINE_APPROACHING).forComplaint(id)
                        .payload("deadline", month + "-04T10:00:00Z")
                        .payload("warnedAt", month + "-03T16:00:00Z").envelope("occurredAt", month + "-03T16:00:00Z"),
                SampleEvent.of(ComplaintEventType.ESCALATED).forComplaint(id).sequence(3)
                        .payload("missedDeadline", month + "-04T10:00:00Z")
                        .payload("escalatedAt", month + "-04T10:00:01Z").envelope("occurredAt", month + "-04T10:00:01Z"),
                SampleEvent.of(ComplaintEventType.ASSIGNED).forComplaint(id).sequence(4)
                        .payload("level", 1)
                        .payload("assignee", staffMember("ceo", "Taras Bondarenko"))
                        .payload("managers", JSON.createArrayNode())
                        .payload("deadline", month + "-06T10:00:00Z")
                        .payload("assignedAt", month + "-04T10:00:02Z").envelope("occurredAt", month + "-04T10:00:02Z"),
                SampleEvent.of(ComplaintEventType.DEADLINE_APPROACHING).forComplaint(id).sequence(5)
                        .payload("level", 1)
                        .payload("assignee", staffMember("ceo", "Taras Bondarenko"))
                        .payload("escalatesTo", JSON.nullNode())
                        .payload("deadline", month + "-06T10:00:00Z")
                        .payload("warnedAt", month + "-05T04:00:00Z").envelope("occurredAt", month + "-05T04:00:00Z"),
                SampleEvent.of(ComplaintEventType.DEADLINE_MISSED_AT_TOP).forComplaint(id).sequence(6)
                        .payload("level", 1)
                        .payload("deadline", month + "-06T10:00:00Z")
                        .payload("recordedAt", month + "-06T10:00:01Z").envelope("occurredAt", month + "-06T10:00:01Z"));
    }

    private String deadlineCounts(String from, String to) {
        return http.get().uri("/api/v1/reports/deadline-counts?from={from}&to={to}", from, to).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    private static JsonNode staffMember(String id, String name) {
        return JSON.createObjectNode().put("id", id).put("name", name).put("email", id + "@retail.example");
    }

    private String csv(String uri) {
        return http.get().uri(uri).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/csv")
                .expectHeader().valueMatches("Content-Disposition", "attachment; filename=\"complaints.csv\"")
                .expectBody(String.class).returnResult().getResponseBody();
    }

    private String viewOf(String complaintId) {
        return http.get().uri("/api/v1/complaints/{id}", complaintId).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    private void publish(String key, SampleEvent event) {
        send(key, event).join();
    }

    private CompletableFuture<?> send(String key, SampleEvent event) {
        return kafka.send(Topics.COMPLAINT_EVENTS, key, event.json());
    }

    private void awaitStatus(String complaintId, String status) {
        await().atMost(PATIENCE).untilAsserted(() -> http.get().uri("/api/v1/complaints/{id}", complaintId).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo(status));
    }

    /** Every record parked so far, once one keyed {@code key} is among them. */
    private List<Parked> deadLettersUntil(String key) {
        try (DeadLetterProbe deadLetters = DeadLetterProbe.of(broker.getBrokersAsString(), Topics.COMPLAINT_EVENTS,
                "reporting-service")) {
            deadLetters.awaitParked(key);
            return deadLetters.parked();
        }
    }

    /** The golden submission, moved to {@code id} with a reference of its own: references are unique. */
    private static SampleEvent submission(String id) {
        return SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint(id).payload("reference", nextReference());
    }

    private static String nextReference() {
        return "KB-26-" + REFERENCES.incrementAndGet();
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}

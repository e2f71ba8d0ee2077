package com.complaintbook.reporting.adapters.out.mongo;

import com.complaintbook.contracts.ClosureReason;
import com.complaintbook.contracts.EscalationReason;
import com.complaintbook.contracts.Language;
import com.complaintbook.contracts.LocalizedText;
import com.complaintbook.contracts.events.ComplaintEventType;
import com.complaintbook.contracts.events.EventEnvelope;
import com.complaintbook.contracts.samples.SampleEvent;
import com.complaintbook.reporting.application.ComplaintViewPage;
import com.complaintbook.reporting.application.Paging;
import com.complaintbook.reporting.application.PartlyAppliedException;
import com.complaintbook.reporting.application.ProjectionResult;
import com.complaintbook.reporting.application.ProjectionResult.Outcome;
import com.complaintbook.reporting.application.ReferenceTakenException;
import com.complaintbook.reporting.domain.Assignee;
import com.complaintbook.reporting.domain.ComplaintFilter;
import com.complaintbook.reporting.domain.ComplaintStatus;
import com.complaintbook.reporting.domain.ComplaintView;
import com.complaintbook.reporting.domain.ComplaintViewChange;
import com.complaintbook.reporting.domain.ComplaintViewEvolution;
import com.complaintbook.reporting.domain.NamedCount;
import com.complaintbook.reporting.domain.StatusCounts;
import com.complaintbook.reporting.domain.SubmittedPeriod;
import com.complaintbook.reporting.domain.ViewField;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoTimeoutException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The sequence-guarded upserts, written a batch at a time, the counts and the list, against a real
 * MongoDB wire-protocol server.
 */
class MongoComplaintViewStoreIT {

    private static final Instant T0 = Instant.parse("2026-11-20T09:15:30Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static MongoServer server;
    private static MongoClient client;
    private static com.mongodb.reactivestreams.client.MongoClient reactiveClient;

    private final ComplaintViewEvolution evolution = new ComplaintViewEvolution();
    private MongoTemplate mongo;
    private MongoComplaintViewStore store;
    private MongoComplaintViews views;

    @BeforeAll
    static void startServer() {
        server = new MongoServer(new MemoryBackend());
        String connection = server.bindAndGetConnectionString();
        client = MongoClients.create(connection);
        reactiveClient = com.mongodb.reactivestreams.client.MongoClients.create(connection);
    }

    @AfterAll
    static void stopServer() {
        reactiveClient.close();
        client.close();
        server.shutdownNow();
    }

    @BeforeEach
    void freshDatabase() {
        mongo = new MongoTemplate(client, "reporting");
        mongo.getDb().drop();
        store = new MongoComplaintViewStore(mongo);
        views = new MongoComplaintViews(new ReactiveMongoTemplate(reactiveClient, "reporting"));
    }

    @AfterEach
    void dropDatabase() {
        mongo.getDb().drop();
    }

    @Test
    void anEventOlderThanTheViewLeavesItAsItIs() {
        List<EventEnvelope<?>> stream = stream("c-1");
        assertThat(apply(stream.get(0))).isEqualTo(ProjectionResult.APPLIED);
        assertThat(apply(stream.get(1))).isEqualTo(ProjectionResult.APPLIED);
        Document afterAssignment = raw("c-1");

        assertThat(apply(stream.get(0))).isEqualTo(ProjectionResult.ALREADY_APPLIED);
        assertThat(apply(stream.get(1))).isEqualTo(ProjectionResult.ALREADY_APPLIED);

        assertThat(raw("c-1")).isEqualTo(afterAssignment);
        ComplaintView view = views.find("c-1").block();
        assertThat(view.status()).isEqualTo(ComplaintStatus.ASSIGNED);
        assertThat(view.assignee()).isEqualTo(new Assignee("e-delivery-lead", "Ivan Petrenko"));
        assertThat(view.submittedAt()).isEqualTo(T0);
        assertThat(view.lastSequence()).isEqualTo(1);
    }

    @Test
    void replayingTheStreamWithRedeliveriesBuildsTheSameDocument() {
        List<EventEnvelope<?>> stream = stream("c-2");
        stream.forEach(this::apply);
        Document once = raw("c-2");

        mongo.getDb().drop();
        List<EventEnvelope<?>> withRedeliveries = new ArrayList<>();
        for (EventEnvelope<?> event : stream) {
            withRedeliveries.add(event);
            withRedeliveries.add(event);
            withRedeliveries.add(stream.get(0));
        }
        withRedeliveries.forEach(this::apply);

        assertThat(raw("c-2")).isEqualTo(once);
        assertThat(once.getString("status")).isEqualTo("CLOSED");
        assertThat(once.getString("closureReason")).isEqualTo("ACCEPTED_BY_CUSTOMER");
        assertThat(once.getInteger("level")).isEqualTo(1);
        assertThat(once.getString("escalationReason")).isEqualTo("DEADLINE_MISSED");
        assertThat(once.getInteger("escalationCount")).isEqualTo(1);
        assertThat(once.getString("answeredBy")).isEqualTo("m-logistics");
        assertThat(once.get("storeName", Document.class).getString("uk")).isEqualTo("Київ, Хрещатик");
        assertThat(once.get("categoryName", Document.class).getString("en")).isEqualTo("Delivery");
    }

    @Test
    void aViewReadsBackWithTheNamesItsSubmissionCarriedAndOneFromBeforeNamesWithItsIds() {
        stream("n-1").subList(0, 1).forEach(this::apply);
        mongo.getCollection(ComplaintViewDocument.COLLECTION).insertOne(new Document("_id", "n-old")
                .append("kind", "COMPLAINT").append("storeId", "lviv-003").append("category", "pricing")
                .append("status", "SUBMITTED").append("level", 0).append("lastSequence", 0L));

        ComplaintView named = views.find("n-1").block();
        ComplaintView old = views.find("n-old").block();

        assertThat(named.storeName()).isEqualTo(new LocalizedText("Киев, Крещатик", "Київ, Хрещатик", "Kyiv, Khreshchatyk"));
        assertThat(named.storeShownIn(Language.RU)).isEqualTo("Киев, Крещатик");
        assertThat(named.categoryShownIn(Language.EN)).isEqualTo("Delivery");
        assertThat(old.storeName()).isNull();
        assertThat(old.categoryName()).isNull();
        assertThat(old.storeShownIn(Language.UK)).isEqualTo("lviv-003");
        assertThat(old.categoryShownIn(Language.UK)).isEqualTo("pricing");
    }

    @Test
    void countsPerStoreAndCategoryNameEachByTheLatestNameAnyComplaintCarried() {
        submittedNamed("s-1", "2026-11-20T09:00:00Z", "kyiv-001", new LocalizedText("Киев-1", "Київ-1", "Kyiv 1"));
        submittedNamed("s-2", "2026-11-21T09:00:00Z", "kyiv-001",
                new LocalizedText("Киев, Крещатик", "Київ, Хрещатик", "Kyiv, Khreshchatyk"));
        submittedBeforeNames("s-3", "2026-11-22T09:00:00Z", "kyiv-001", "delivery");
        submittedBeforeNames("s-4", "2026-11-22T10:00:00Z", "lviv-003", "pricing");

        List<NamedCount> all = views.countByStore(SubmittedPeriod.always()).block();
        List<NamedCount> firstDay = views.countByStore(new SubmittedPeriod(null, Instant.parse("2026-11-21T00:00:00Z"))).block();
        List<NamedCount> categories = views.countByCategory(SubmittedPeriod.always()).block();

        assertThat(all).extracting(NamedCount::id, count -> count.shownIn(Language.UK), NamedCount::count).containsExactly(
                tuple("kyiv-001", "Київ, Хрещатик", 3L),
                tuple("lviv-003", "lviv-003", 1L));
        assertThat(firstDay).extracting(NamedCount::id, count -> count.shownIn(Language.EN), NamedCount::count)
                .containsExactly(tuple("kyiv-001", "Kyiv, Khreshchatyk", 1L));
        assertThat(categories).extracting(NamedCount::id, count -> count.shownIn(Language.EN), NamedCount::count)
                .containsExactly(tuple("delivery", "Delivery", 3L),
                        tuple("pricing", "pricing", 1L));
    }

    @Test
    void everyEscalationIsCountedOnceHoweverOftenItIsDelivered() {
        List<EventEnvelope<?>> stream = new ArrayList<>(stream("c-5").subList(0, 4));
        stream.add(SampleEvent.of(ComplaintEventType.ESCALATED).forComplaint("c-5").sequence(4)
                .payload("fromLevel", 1).payload("toLevel", 2).payload("previousAssignee", "m-logistics")
                .payload("reason", "customer-not-satisfied").payload("comment", "Still no sofa.").typed());

        for (EventEnvelope<?> event : stream) {
            apply(event);
            apply(event);
        }

        ComplaintView view = views.find("c-5").block();
        assertThat(view.escalationCount()).isEqualTo(2);
        assertThat(view.level()).isEqualTo(2);
        assertThat(view.escalationReason()).isEqualTo(EscalationReason.CUSTOMER_NOT_SATISFIED);
        assertThat(view.escalationComment()).isEqualTo("Still no sofa.");
        assertThat(view.assignee()).isNull();
    }

    @Test
    void aClosedComplaintReadsBackWithEveryAnswerAndClosureField() {
        stream("c-6").forEach(this::apply);

        ComplaintView view = views.find("c-6").block();

        assertThat(view.status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(view.closureReason()).isEqualTo(ClosureReason.ACCEPTED_BY_CUSTOMER);
        assertThat(view.closedAt()).isEqualTo(Instant.parse("2026-11-22T10:30:00Z"));
        assertThat(view.answer()).startsWith("We apologise");
        assertThat(view.answeredBy()).isEqualTo("m-logistics");
        assertThat(view.answeredAt()).isEqualTo(Instant.parse("2026-11-21T14:02:00Z"));
        assertThat(view.finalAnswer()).isFalse();
        assertThat(view.appealDeadline()).isEqualTo(Instant.parse("2026-12-05T14:02:00Z"));
        assertThat(view.outcome()).isNull();
        assertThat(view.escalationCount()).isEqualTo(1);
        assertThat(view.assignee()).isEqualTo(new Assignee("m-logistics", "Oksana Tkachenko"));
    }

    @Test
    void countsEveryStatusWithinASubmissionPeriod() {
        stream("c-3").subList(0, 2).forEach(this::apply);
        stream("c-4").subList(0, 1).forEach(this::apply);

        StatusCounts all = views.countByStatus(SubmittedPeriod.always()).block();
        StatusCounts later = views.countByStatus(new SubmittedPeriod(T0.plusSeconds(1), null)).block();
        StatusCounts upToT0 = views.countByStatus(new SubmittedPeriod(null, T0.plusSeconds(1))).block();

        assertThat(all.counts()).containsEntry(ComplaintStatus.ASSIGNED, 1L).containsEntry(ComplaintStatus.SUBMITTED, 1L)
                .containsEntry(ComplaintStatus.ANSWERED, 0L).containsEntry(ComplaintStatus.CLOSED, 0L)
                .hasSize(ComplaintStatus.values().length);
        assertThat(later.counts().values()).containsOnly(0L);
        assertThat(upToT0.of(ComplaintStatus.ASSIGNED)).isEqualTo(1);
    }

    @Test
    void closedComplaintsAreCounted() {
        stream("c-7").forEach(this::apply);
        stream("c-8").subList(0, 1).forEach(this::apply);

        StatusCounts all = views.countByStatus(SubmittedPeriod.always()).block();

        assertThat(all.of(ComplaintStatus.CLOSED)).isEqualTo(1);
        assertThat(all.of(ComplaintStatus.SUBMITTED)).isEqualTo(1);
    }

    @Test
    void theListShowsTheNewestSubmissionFirstAndBreaksTiesByComplaintId() {
        submitted("b", "2026-11-02T10:00:00Z", "kyiv-001", "delivery");
        submitted("a", "2026-11-02T10:00:00Z", "kyiv-001", "delivery");
        submitted("c", "2026-11-03T10:00:00Z", "lviv-002", "quality");
        submitted("d", "2026-11-01T10:00:00Z", "kyiv-001", "quality");

        assertThat(ids(ComplaintFilter.everything(), new Paging(0, 10))).containsExactly("c", "a", "b", "d");
    }

    @Test
    void theListKeepsOnlyWhatEveryGivenCriterionLetsThrough() {
        submitted("k-1", "2026-11-01T10:00:00Z", "kyiv-001", "delivery");
        assigned("k-1", 1, "e-delivery-lead");
        submitted("k-2", "2026-11-02T10:00:00Z", "kyiv-001", "quality");
        assigned("k-2", 1, "e-quality-lead");
        submitted("l-1", "2026-11-03T10:00:00Z", "lviv-002", "delivery");
        assigned("l-1", 1, "e-delivery-lead");
        apply(SampleEvent.of(ComplaintEventType.CLOSED).forComplaint("l-1").sequence(2).typed());
        submitted("l-2", "2026-11-04T10:00:00Z", "lviv-002", "delivery");

        Paging all = new Paging(0, 10);
        assertThat(ids(filter(Set.of(ComplaintStatus.ASSIGNED), null, null, null), all)).containsExactly("k-2", "k-1");
        assertThat(ids(filter(Set.of(ComplaintStatus.CLOSED, ComplaintStatus.SUBMITTED), null, null, null), all))
                .containsExactly("l-2", "l-1");
        assertThat(ids(filter(Set.of(), "e-delivery-lead", null, null), all)).containsExactly("l-1", "k-1");
        assertThat(ids(filter(Set.of(), null, "lviv-002", null), all)).containsExactly("l-2", "l-1");
        assertThat(ids(filter(Set.of(), null, null, "delivery"), all)).containsExactly("l-2", "l-1", "k-1");
        assertThat(ids(filter(Set.of(ComplaintStatus.ASSIGNED), "e-delivery-lead", "kyiv-001", "delivery"), all))
                .containsExactly("k-1");
        assertThat(ids(filter(Set.of(ComplaintStatus.ESCALATED), null, null, null), all)).isEmpty();
    }

    @Test
    void pagesOfTheListHoldEveryComplaintOnceAndSayHowManyThereAre() {
        for (int day = 1; day <= 5; day++) {
            submitted("p-" + day, "2026-11-0" + day + "T10:00:00Z", "kyiv-001", "delivery");
        }

        ComplaintViewPage first = views.list(ComplaintFilter.everything(), new Paging(0, 2)).block();
        ComplaintViewPage last = views.list(ComplaintFilter.everything(), new Paging(2, 2)).block();
        ComplaintViewPage beyond = views.list(ComplaintFilter.everything(), new Paging(3, 2)).block();

        assertThat(first.items()).extracting(ComplaintView::complaintId).containsExactly("p-5", "p-4");
        assertThat(ids(ComplaintFilter.everything(), new Paging(1, 2))).containsExactly("p-3", "p-2");
        assertThat(last.items()).extracting(ComplaintView::complaintId).containsExactly("p-1");
        assertThat(beyond.items()).isEmpty();
        assertThat(List.of(first, last, beyond)).allSatisfy(page -> {
            assertThat(page.totalItems()).isEqualTo(5);
            assertThat(page.totalPages()).isEqualTo(3);
        });
    }

    @Test
    void aComplaintIsFoundByItsReferenceAloneOrWithOtherCriteria() {
        new ComplaintViewIndexes(mongo).createIndexes();
        submittedAs("r-1", "KB-26-000001");
        assigned("r-1", 1, "e-delivery-lead");
        submittedAs("r-2", "KB-26-000002");
        apply(SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint("r-old").withoutPayload("reference").typed());

        assertThat(views.findByReference("KB-26-000001").block()).satisfies(view -> {
            assertThat(view.complaintId()).isEqualTo("r-1");
            assertThat(view.reference()).isEqualTo("KB-26-000001");
            assertThat(view.status()).isEqualTo(ComplaintStatus.ASSIGNED);
        });
        assertThat(views.findByReference("KB-26-999999").blockOptional()).isEmpty();
        assertThat(views.find("r-old").block().reference()).isNull();
        assertThat(ids(byReference("KB-26-000002"), new Paging(0, 10))).containsExactly("r-2");
        assertThat(ids(new ComplaintFilter(Set.of(ComplaintStatus.ASSIGNED), null, null, null, "KB-26-000001"),
                new Paging(0, 10))).containsExactly("r-1");
        assertThat(ids(new ComplaintFilter(Set.of(ComplaintStatus.ASSIGNED), null, null, null, "KB-26-000002"),
                new Paging(0, 10))).isEmpty();
        assertThat(views.list(byReference("KB-26-000002"), new Paging(0, 10)).block().totalItems()).isEqualTo(1);
    }

    @Test
    void aRedeliveredSubmissionWithItsReferenceIsAlreadyApplied() {
        new ComplaintViewIndexes(mongo).createIndexes();
        List<EventEnvelope<?>> stream = stream("r-3");
        apply(stream.get(0));
        apply(stream.get(1));

        assertThat(apply(stream.get(0))).isEqualTo(ProjectionResult.ALREADY_APPLIED);
        assertThat(views.find("r-3").block().reference()).isEqualTo("KB-26-004213");
    }

    @Test
    void aReferenceThatAlreadyNamesAnotherComplaintIsRefusedAndLeavesThatComplaintAlone() {
        new ComplaintViewIndexes(mongo).createIndexes();
        submittedAs("r-4", "KB-26-000004");
        Document first = raw("r-4");

        ProjectionResult second = submittedAs("r-5", "KB-26-000004");

        assertThat(second.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(second.refusal()).isInstanceOf(ReferenceTakenException.class)
                .hasMessageContaining("KB-26-000004").hasMessageContaining("r-5");
        assertThat(raw("r-4")).isEqualTo(first);
        assertThat(raw("r-5")).isNull();
    }

    @Test
    void complaintsWithoutAReferenceDoNotCollideOnTheUniqueIndex() {
        new ComplaintViewIndexes(mongo).createIndexes();
        apply(SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint("o-1").withoutPayload("reference").typed());
        apply(SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint("o-2").withoutPayload("reference").typed());
        apply(SampleEvent.of(ComplaintEventType.ASSIGNED).forComplaint("o-3").typed());

        assertThat(ids(ComplaintFilter.everything(), new Paging(0, 10))).containsExactlyInAnyOrder("o-1", "o-2", "o-3");
    }

    @Test
    void aBatchHoldingWholeLivesOfComplaintsEndsInTheViewsOneEventAtATimeBuilds() {
        List<EventEnvelope<?>> first = stream("b-1");
        List<EventEnvelope<?>> second = stream("b-2");
        first.forEach(this::apply);
        second.forEach(this::apply);
        Document firstOneAtATime = raw("b-1");
        Document secondOneAtATime = raw("b-2");
        mongo.getDb().drop();

        List<ProjectionResult> results = applyBatch(interleaved(first, second));

        assertThat(results).hasSize(12).containsOnly(ProjectionResult.APPLIED);
        assertThat(raw("b-1")).isEqualTo(firstOneAtATime);
        assertThat(raw("b-2")).isEqualTo(secondOneAtATime);
        assertThat(views.find("b-1").block()).satisfies(view -> {
            assertThat(view.status()).isEqualTo(ComplaintStatus.CLOSED);
            assertThat(view.escalationCount()).isEqualTo(1);
            assertThat(view.lastSequence()).isEqualTo(5);
        });
    }

    @Test
    void redeliveringAWholeBatchChangesNothingAndCountsNothingTwice() {
        new ComplaintViewIndexes(mongo).createIndexes();
        List<EventEnvelope<?>> batch = interleaved(stream("d-1"), List.of(submissionWith("d-2", "KB-26-000020")));
        applyBatch(batch);
        Document first = raw("d-1");
        Document second = raw("d-2");

        List<ProjectionResult> again = applyBatch(batch);

        assertThat(again).hasSize(7).containsOnly(ProjectionResult.ALREADY_APPLIED);
        assertThat(raw("d-1")).isEqualTo(first);
        assertThat(raw("d-2")).isEqualTo(second);
        assertThat(views.find("d-1").block().escalationCount()).isEqualTo(1);
    }

    @Test
    void aBatchMixingNewAndAlreadyAppliedChangesAppliesOnlyTheNewOnes() {
        List<EventEnvelope<?>> stream = stream("m-1");
        stream.subList(0, 3).forEach(this::apply);

        List<ProjectionResult> results = applyBatch(List.of(
                stream.get(1), stream.get(2), stream.get(3), stream.get(0), stream.get(4),
                stream("m-2").get(0), stream.get(2)));

        assertThat(results).containsExactly(
                ProjectionResult.ALREADY_APPLIED, ProjectionResult.ALREADY_APPLIED, ProjectionResult.APPLIED,
                ProjectionResult.ALREADY_APPLIED, ProjectionResult.APPLIED,
                ProjectionResult.APPLIED, ProjectionResult.ALREADY_APPLIED);
        ComplaintView view = views.find("m-1").block();
        assertThat(view.status()).isEqualTo(ComplaintStatus.ANSWERED);
        assertThat(view.lastSequence()).isEqualTo(4);
        assertThat(view.escalationCount()).isEqualTo(1);
        assertThat(views.find("m-2").block().status()).isEqualTo(ComplaintStatus.SUBMITTED);
    }

    @Test
    void aReferenceClashInTheMiddleOfABatchRefusesOnlyThatChange() {
        new ComplaintViewIndexes(mongo).createIndexes();
        submittedAs("x-1", "KB-26-000031");
        Document holder = raw("x-1");

        List<ProjectionResult> results = applyBatch(List.of(
                submissionWith("x-2", "KB-26-000032"),
                submissionWith("x-3", "KB-26-000031"),
                SampleEvent.of(ComplaintEventType.ASSIGNED).forComplaint("x-2").sequence(1).typed(),
                SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint("x-4").withoutPayload("reference").typed()));

        assertThat(results).extracting(ProjectionResult::outcome)
                .containsExactly(Outcome.APPLIED, Outcome.REFUSED, Outcome.APPLIED, Outcome.APPLIED);
        assertThat(results.get(1).refusal()).isInstanceOf(ReferenceTakenException.class)
                .hasMessageContaining("KB-26-000031").hasMessageContaining("x-3");
        assertThat(raw("x-1")).isEqualTo(holder);
        assertThat(raw("x-3")).isNull();
        assertThat(views.find("x-2").block()).satisfies(view -> {
            assertThat(view.status()).isEqualTo(ComplaintStatus.ASSIGNED);
            assertThat(view.reference()).isEqualTo("KB-26-000032");
        });
        assertThat(views.find("x-4").block().status()).isEqualTo(ComplaintStatus.SUBMITTED);
    }

    @Test
    void aComplaintsChangesAfterARefusedOneAreRefusedWithIt_soTheViewDoesNotMovePastTheRefusedEvent() {
        new ComplaintViewIndexes(mongo).createIndexes();
        submittedAs("y-1", "KB-26-000041");

        List<ProjectionResult> results = applyBatch(List.of(
                submissionWith("y-2", "KB-26-000041"),
                SampleEvent.of(ComplaintEventType.ASSIGNED).forComplaint("y-2").sequence(1).typed(),
                submissionWith("y-3", "KB-26-000043")));

        assertThat(results).extracting(ProjectionResult::outcome)
                .containsExactly(Outcome.REFUSED, Outcome.REFUSED, Outcome.APPLIED);
        assertThat(results.get(1).refusal()).isSameAs(results.get(0).refusal());
        assertThat(raw("y-2")).as("no view moved past the refused submission").isNull();
        assertThat(views.find("y-3").block().reference()).isEqualTo("KB-26-000043");
    }

    @Test
    void ofTwoComplaintsClaimingOneReferenceInOneBatchTheFirstKeepsItHoweverOftenTheBatchComes() {
        new ComplaintViewIndexes(mongo).createIndexes();
        List<EventEnvelope<?>> batch = List.of(submissionWith("y-1", "KB-26-000041"), submissionWith("y-2", "KB-26-000041"));

        List<ProjectionResult> first = applyBatch(batch);
        List<ProjectionResult> again = applyBatch(batch);

        assertThat(first).extracting(ProjectionResult::outcome).containsExactly(Outcome.APPLIED, Outcome.REFUSED);
        assertThat(again).extracting(ProjectionResult::outcome).containsExactly(Outcome.ALREADY_APPLIED, Outcome.REFUSED);
        assertThat(views.findByReference("KB-26-000041").block().complaintId()).isEqualTo("y-1");
        assertThat(raw("y-2")).isNull();
    }

    @Test
    void aBatchThatFailsPartWaySaysWhichLeadingChangesAreDone() {
        List<EventEnvelope<?>> stream = stream("f-1");
        List<ComplaintViewChange> changes = List.of(
                change(stream.get(0)),
                change(stream.get(1)).set(ViewField.ANSWER, new Object()),
                change(submissionWith("f-2", "KB-26-000051")));

        assertThatExceptionOfType(PartlyAppliedException.class).isThrownBy(() -> store.applyIfNewer(changes))
                .satisfies(interrupted -> assertThat(interrupted.results()).containsExactly(ProjectionResult.APPLIED));
        assertThat(views.find("f-1").block().status()).isEqualTo(ComplaintStatus.SUBMITTED);
        assertThat(views.find("f-2").block().status()).isEqualTo(ComplaintStatus.SUBMITTED);
    }

    @Test
    void aBatchMongoDbCannotBeReachedForIsDoneWithNothing() {
        MongoServer down = new MongoServer(new MemoryBackend());
        String connection = down.bindAndGetConnectionString();
        down.shutdownNow();
        try (MongoClient unreachable = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(connection))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(200, TimeUnit.MILLISECONDS))
                .build())) {
            MongoComplaintViewStore storeWithoutMongo = new MongoComplaintViewStore(new MongoTemplate(unreachable, "reporting"));

            assertThatExceptionOfType(PartlyAppliedException.class)
                    .isThrownBy(() -> storeWithoutMongo.applyIfNewer(List.of(change(stream("u-1").get(0)))))
                    .satisfies(interrupted -> assertThat(interrupted.results()).isEmpty())
                    .withCauseInstanceOf(MongoTimeoutException.class);
        }
    }

    private ProjectionResult apply(EventEnvelope<?> event) {
        return applyBatch(List.of(event)).get(0);
    }

    private List<ProjectionResult> applyBatch(List<EventEnvelope<?>> events) {
        return store.applyIfNewer(events.stream().map(this::change).toList());
    }

    private ComplaintViewChange change(EventEnvelope<?> event) {
        return evolution.changeFor(event).orElseThrow();
    }

    /** The events of both streams in one batch, taking turns, each stream in its own order. */
    private static List<EventEnvelope<?>> interleaved(List<EventEnvelope<?>> first, List<EventEnvelope<?>> second) {
        List<EventEnvelope<?>> batch = new ArrayList<>();
        for (int i = 0; i < Math.max(first.size(), second.size()); i++) {
            if (i < first.size()) {
                batch.add(first.get(i));
            }
            if (i < second.size()) {
                batch.add(second.get(i));
            }
        }
        return batch;
    }

    private void submitted(String id, String submittedAt, String storeId, String category) {
        apply(SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint(id)
                .payload("submittedAt", submittedAt).payload("storeId", storeId).payload("category", category).typed());
    }

    private void submittedNamed(String id, String submittedAt, String storeId, LocalizedText storeName) {
        apply(SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint(id)
                .payload("submittedAt", submittedAt).payload("storeId", storeId)
                .payload("storeName", JSON.valueToTree(storeName)).typed());
    }

    private void submittedBeforeNames(String id, String submittedAt, String storeId, String category) {
        apply(SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint(id)
                .payload("submittedAt", submittedAt).payload("storeId", storeId).payload("category", category)
                .withoutPayload("storeName").withoutPayload("storeAddress").withoutPayload("categoryName").typed());
    }

    private void assigned(String id, long sequence, String assigneeId) {
        apply(SampleEvent.of(ComplaintEventType.ASSIGNED).forComplaint(id).sequence(sequence)
                .payload("assignee", JSON.createObjectNode().put("id", assigneeId).put("name", assigneeId)
                        .put("email", assigneeId + "@retail.example")).typed());
    }

    private List<String> ids(ComplaintFilter filter, Paging paging) {
        return views.list(filter, paging).block().items().stream().map(ComplaintView::complaintId).toList();
    }

    private static ComplaintFilter filter(Set<ComplaintStatus> statuses, String assigneeId, String storeId, String category) {
        return new ComplaintFilter(statuses, assigneeId, storeId, category, null);
    }

    private static ComplaintFilter byReference(String reference) {
        return new ComplaintFilter(Set.of(), null, null, null, reference);
    }

    private ProjectionResult submittedAs(String id, String reference) {
        return apply(submissionWith(id, reference));
    }

    private static EventEnvelope<?> submissionWith(String id, String reference) {
        return SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint(id).payload("reference", reference).typed();
    }

    private Document raw(String complaintId) {
        return mongo.getCollection(ComplaintViewDocument.COLLECTION).find(new Document("_id", complaintId)).first();
    }

    // Submitted, assigned at level 0, escalated for a missed deadline, assigned at level 1, answered,
    // accepted by the customer.
    private static List<EventEnvelope<?>> stream(String id) {
        return List.of(
                SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint(id).sequence(0).typed(),
                SampleEvent.of(ComplaintEventType.ASSIGNED).forComplaint(id).sequence(1).typed(),
                SampleEvent.of(ComplaintEventType.ESCALATED).forComplaint(id).sequence(2).typed(),
                SampleEvent.of(ComplaintEventType.ASSIGNED).forComplaint(id).sequence(3)
                        .payload("level", 1)
                        .payload("assignee", JSON.createObjectNode().put("id", "m-logistics")
                                .put("name", "Oksana Tkachenko").put("email", "oksana.tkachenko@retail.example"))
                        .envelope("occurredAt", "2026-11-25T09:16:01Z").typed(),
                SampleEvent.of(ComplaintEventType.ANSWERED).forComplaint(id).sequence(4)
                        .payload("level", 1).payload("answeredBy", "m-logistics").typed(),
                SampleEvent.of(ComplaintEventType.CLOSED).forComplaint(id).sequence(5).typed());
    }
}

package com.complaintbook.reporting.adapters.out.mongo;

import com.complaintbook.contracts.events.ComplaintEventType;
import com.complaintbook.contracts.events.EventEnvelope;
import com.complaintbook.reporting.SampleEvent;
import com.complaintbook.reporting.domain.Assignee;
import com.complaintbook.reporting.domain.ComplaintStatus;
import com.complaintbook.reporting.domain.ComplaintView;
import com.complaintbook.reporting.domain.ComplaintViewEvolution;
import com.complaintbook.reporting.domain.StatusCounts;
import com.complaintbook.reporting.domain.SubmittedPeriod;
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

import static org.assertj.core.api.Assertions.assertThat;

/** The sequence-guarded upsert and the counts, against a real MongoDB wire-protocol server. */
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
        assertThat(apply(stream.get(0))).isTrue();
        assertThat(apply(stream.get(1))).isTrue();
        Document afterAssignment = raw("c-1");

        assertThat(apply(stream.get(0))).isFalse();
        assertThat(apply(stream.get(1))).isFalse();

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
        assertThat(once.getString("status")).isEqualTo("ANSWERED");
        assertThat(once.getInteger("level")).isEqualTo(1);
        assertThat(once.getString("escalationReason")).isEqualTo("DEADLINE_MISSED");
    }

    @Test
    void countsEveryStatusWithinASubmissionPeriod() {
        stream("c-3").subList(0, 2).forEach(this::apply);
        stream("c-4").subList(0, 1).forEach(this::apply);

        StatusCounts all = views.countByStatus(SubmittedPeriod.always()).block();
        StatusCounts later = views.countByStatus(new SubmittedPeriod(T0.plusSeconds(1), null)).block();
        StatusCounts upToT0 = views.countByStatus(new SubmittedPeriod(null, T0.plusSeconds(1))).block();

        assertThat(all.counts()).containsEntry(ComplaintStatus.ASSIGNED, 1L).containsEntry(ComplaintStatus.SUBMITTED, 1L)
                .containsEntry(ComplaintStatus.ANSWERED, 0L).hasSize(ComplaintStatus.values().length);
        assertThat(later.counts().values()).containsOnly(0L);
        assertThat(upToT0.of(ComplaintStatus.ASSIGNED)).isEqualTo(1);
    }

    private boolean apply(EventEnvelope<?> event) {
        return store.applyIfNewer(evolution.changeFor(event).orElseThrow());
    }

    private Document raw(String complaintId) {
        return mongo.getCollection(ComplaintViewDocument.COLLECTION).find(new Document("_id", complaintId)).first();
    }

    // Submitted, assigned at level 0, escalated for a missed deadline, assigned at level 1, answered.
    private static List<EventEnvelope<?>> stream(String id) {
        return List.of(
                SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint(id).sequence(0).typed(),
                SampleEvent.of(ComplaintEventType.ASSIGNED).forComplaint(id).sequence(1).typed(),
                SampleEvent.of(ComplaintEventType.ESCALATED).forComplaint(id).sequence(2).typed(),
                SampleEvent.of(ComplaintEventType.ASSIGNED).forComplaint(id).sequence(3)
                        .payload("level", 1)
                        .payload("assignee", JSON.createObjectNode().put("id", "m-logistics")
                                .put("name", "Maria Kovalenko").put("email", "maria.kovalenko@retail.example"))
                        .envelope("occurredAt", "2026-11-25T09:16:01Z").typed(),
                SampleEvent.of(ComplaintEventType.ANSWERED).forComplaint(id).sequence(4)
                        .payload("level", 1).payload("answeredBy", "m-logistics").typed());
    }
}

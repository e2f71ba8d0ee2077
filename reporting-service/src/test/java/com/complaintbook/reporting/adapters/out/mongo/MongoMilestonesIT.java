package com.complaintbook.reporting.adapters.out.mongo;

import com.complaintbook.contracts.ClosureReason;
import com.complaintbook.reporting.application.ProjectionResult;
import com.complaintbook.reporting.domain.DeadlineCounts;
import com.complaintbook.reporting.domain.EventPeriod;
import com.complaintbook.reporting.domain.Milestone;
import com.complaintbook.reporting.domain.MilestoneKind;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Milestones kept once each, and counted per period, against a real MongoDB wire-protocol server. */
class MongoMilestonesIT {

    private static final Instant NOV = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant DEC = Instant.parse("2026-12-01T00:00:00Z");

    private static MongoServer server;
    private static MongoClient client;
    private static com.mongodb.reactivestreams.client.MongoClient reactiveClient;

    private MongoTemplate mongo;
    private MongoMilestoneStore store;
    private MongoDeadlineStatistics statistics;

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
        store = new MongoMilestoneStore(mongo);
        statistics = new MongoDeadlineStatistics(new ReactiveMongoTemplate(reactiveClient, "reporting"));
    }

    @Test
    void theMilestonesAreIndexedByWhenTheyHappenedSoAPeriodIsNotAScanOfEveryOne() {
        new MilestoneIndexes(mongo).createIndexes();
        new MilestoneIndexes(mongo).createIndexes();

        assertThat(mongo.indexOps(MilestoneDocument.COLLECTION).getIndexInfo())
                .filteredOn(index -> !index.getName().equals("_id_"))
                .singleElement()
                .satisfies(index -> assertThat(index.getIndexFields()).singleElement().satisfies(field -> {
                    assertThat(field.getKey()).isEqualTo(MilestoneDocument.HAPPENED_AT);
                    assertThat(field.getDirection()).isEqualTo(Sort.Direction.ASC);
                }));
    }

    @Test
    void givenMilestonesKeptTwice_thenTheSecondTimeIsAlreadyAppliedAndEachCountsOnce() {
        List<Milestone> november = november();
        assertThat(store.keep(november)).containsOnly(ProjectionResult.APPLIED);

        assertThat(store.keep(november)).containsOnly(ProjectionResult.ALREADY_APPLIED);
        assertThat(store.keep(List.of(november.get(0), closure("c-3", 5, ClosureReason.FINAL_ANSWER, "2026-11-20T00:00:00Z"))))
                .containsExactly(ProjectionResult.ALREADY_APPLIED, ProjectionResult.APPLIED);

        DeadlineCounts counts = statistics.count(new EventPeriod(NOV, DEC)).block();
        assertThat(counts.warningsByLevel()).isEqualTo(Map.of(0, 2L, 1, 1L));
        assertThat(counts.warnings()).isEqualTo(3);
        assertThat(counts.breachesByLevel()).isEqualTo(Map.of(0, 1L, 2, 1L));
        assertThat(counts.breaches()).isEqualTo(2);
        assertThat(counts.breachesAtTop()).isEqualTo(1);
        assertThat(counts.closuresByReason()).isEqualTo(Map.of(
                ClosureReason.ACCEPTED_BY_CUSTOMER, 0L,
                ClosureReason.FINAL_ANSWER, 1L,
                ClosureReason.APPEAL_WINDOW_PASSED, 1L));
    }

    @Test
    void givenMilestonesInAndAroundAPeriod_thenOnlyThoseThatHappenedInItAreCounted() {
        store.keep(november());
        store.keep(List.of(
                warning("c-9", 2, 0, "2026-10-31T23:59:59.999Z"),
                breach("c-9", 3, 0, false, "2026-12-01T00:00:00Z")));

        DeadlineCounts inNovember = statistics.count(new EventPeriod(NOV, DEC)).block();
        assertThat(inNovember.warnings()).isEqualTo(3);
        assertThat(inNovember.breaches()).isEqualTo(2);

        DeadlineCounts always = statistics.count(new EventPeriod(null, null)).block();
        assertThat(always.warnings()).isEqualTo(4);
        assertThat(always.breaches()).isEqualTo(3);
        assertThat(always.closures()).isEqualTo(1);
    }

    @Test
    void givenNothing_thenEveryCountIsZeroAndEveryClosureReasonIsThere() {
        DeadlineCounts counts = statistics.count(new EventPeriod(NOV, DEC)).block();

        assertThat(counts.warningsByLevel()).isEmpty();
        assertThat(counts.breachesByLevel()).isEmpty();
        assertThat(counts.breachesAtTop()).isZero();
        assertThat(counts.closuresByReason()).containsOnlyKeys(ClosureReason.values()).allSatisfy((reason, count) ->
                assertThat(count).isZero());
    }

    private static List<Milestone> november() {
        return List.of(
                warning("c-1", 2, 0, "2026-11-02T10:00:00Z"),
                breach("c-1", 3, 0, false, "2026-11-03T10:00:00Z"),
                warning("c-1", 5, 1, "2026-11-03T22:00:00Z"),
                warning("c-2", 2, 0, "2026-11-10T10:00:00Z"),
                breach("c-4", 9, 2, true, "2026-11-15T10:00:00Z"),
                closure("c-2", 6, ClosureReason.APPEAL_WINDOW_PASSED, "2026-11-30T23:59:59Z"));
    }

    private static Milestone warning(String id, long sequence, int level, String at) {
        return new Milestone(id, sequence, MilestoneKind.WARNING, level, false, null, Instant.parse(at));
    }

    private static Milestone breach(String id, long sequence, int level, boolean atTop, String at) {
        return new Milestone(id, sequence, MilestoneKind.BREACH, level, atTop, null, Instant.parse(at));
    }

    private static Milestone closure(String id, long sequence, ClosureReason reason, String at) {
        return new Milestone(id, sequence, MilestoneKind.CLOSURE, null, false, reason, Instant.parse(at));
    }
}

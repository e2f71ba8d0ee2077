package com.complaintbook.kit.sequence;

import com.complaintbook.kit.test.InMemoryMongo;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The gate against a real MongoDB wire-protocol server: what is held survives, and comes back in its turn. */
class MongoSequenceGateIT {

    @RegisterExtension
    static final InMemoryMongo MONGO = new InMemoryMongo();

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-01T10:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    private MongoTemplate mongo;
    private MeterRegistry meters;
    private MongoSequenceGate gate;

    @BeforeEach
    void freshGate() {
        mongo = MONGO.freshDatabase("gate");
        meters = new SimpleMeterRegistry();
        gate = new MongoSequenceGate(mongo, StreamPositions.none(), "a-service", clock, meters);
    }

    @Test
    void givenAGap_thenTheRecordIsHeldAndCounted_andOnceThePredecessorIsAppliedItIsNextInLineAndThenLetGo() {
        gate.applied(List.of(record("c-1", 0)));

        assertThat(gate.admit(List.of(record("c-1", 2), record("c-2", 0))))
                .containsExactly(Admission.HELD, Admission.NEXT);
        assertThat(meters.counter(MongoSequenceGate.GAPS_COUNTER, "group", "a-service").count()).isEqualTo(1);
        now.set(now.get().plus(Duration.ofMinutes(3)));
        awaitGauges(1, 180);
        assertThat(gate.nextHeld(List.of("c-1"))).isEmpty();

        assertThat(gate.admit(List.of(record("c-1", 1)))).containsExactly(Admission.NEXT);
        gate.applied(List.of(record("c-1", 1)));
        List<SequencedRecord> next = gate.nextHeld(List.of("c-1", "c-2"));
        assertThat(next).containsExactly(record("c-1", 2));

        gate.applied(next);
        assertThat(gate.nextHeld(List.of("c-1"))).isEmpty();
        awaitGauges(0, 0);
        assertThat(gate.admit(List.of(record("c-1", 2)))).containsExactly(Admission.ALREADY_PASSED);
    }

    @Test
    void givenAHeldRecordDeliveredAgain_thenItIsHeldOnce_sinceItFirstArrived() {
        gate.admit(List.of(record("c-1", 3)));
        now.set(now.get().plus(Duration.ofMinutes(5)));

        assertThat(gate.admit(List.of(record("c-1", 3)))).containsExactly(Admission.HELD);

        assertThat(meters.counter(MongoSequenceGate.GAPS_COUNTER, "group", "a-service").count()).isEqualTo(1);
        assertThat(mongo.getCollection(MongoSequenceStore.HELD).countDocuments()).isEqualTo(1);
        awaitGauges(1, 300);
    }

    @Test
    void givenSeveralHeldRecords_thenEachComesBackOnlyWhenTheOneBeforeItIsApplied() {
        gate.admit(List.of(record("c-1", 3), record("c-1", 2), record("c-1", 1)));

        assertThat(gate.admit(List.of(record("c-1", 0)))).containsExactly(Admission.NEXT);
        gate.applied(List.of(record("c-1", 0)));
        for (long sequence = 1; sequence <= 3; sequence++) {
            List<SequencedRecord> next = gate.nextHeld(List.of("c-1"));
            assertThat(next).containsExactly(record("c-1", sequence));
            gate.applied(next);
        }
        assertThat(gate.nextHeld(List.of("c-1"))).isEmpty();
        assertThat(mongo.getCollection(MongoSequenceStore.HELD).countDocuments()).isZero();
    }

    @Test
    void givenAHeldRecordThatArrivesAgainInItsTurn_thenApplyingItLetsTheHeldCopyGo() {
        gate.admit(List.of(record("c-1", 1)));
        gate.applied(List.of(record("c-1", 0)));

        assertThat(gate.admit(List.of(record("c-1", 1)))).containsExactly(Admission.NEXT);
        gate.applied(List.of(record("c-1", 1)));

        assertThat(mongo.getCollection(MongoSequenceStore.HELD).countDocuments()).isZero();
    }

    @Test
    void givenAStreamTheGateHasNotSeen_thenTheConsumersOwnStateSaysWhereItStands() {
        gate = new MongoSequenceGate(mongo, streams -> Map.of("c-1", 4L), "a-service", clock, new SimpleMeterRegistry());

        assertThat(gate.admit(List.of(record("c-1", 5), record("c-2", 1))))
                .containsExactly(Admission.NEXT, Admission.HELD);
    }

    @Test
    void givenAHeldCopyWhoseRecordWasAppliedWithoutLettingItGo_thenTheGaugesLetItGoToo() {
        gate.admit(List.of(record("c-1", 1)));
        awaitGauges(1, 0);
        // c-1 was applied up to 1, but MongoDB went away before the copy was released: nothing asks
        // for sequence 1 again.
        mongo.getCollection(MongoSequenceStore.POSITIONS).insertOne(new Document("_id", "c-1").append("applied", 1L));
        assertThat(gate.nextHeld(List.of("c-1"))).isEmpty();
        assertThat(mongo.getCollection(MongoSequenceStore.HELD).countDocuments()).isEqualTo(1);

        now.set(now.get().plusSeconds(11));
        awaitGauges(0, 0);
        assertThat(mongo.getCollection(MongoSequenceStore.HELD).countDocuments()).isZero();
    }

    private void awaitGauges(double held, double ageSeconds) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(meters.get(MongoSequenceGate.HELD_GAUGE).tag("group", "a-service").gauge().value()).isEqualTo(held);
            assertThat(meters.get(MongoSequenceGate.AGE_GAUGE).tag("group", "a-service").gauge().value()).isEqualTo(ageSeconds);
        });
    }

    private static SequencedRecord record(String stream, long sequence) {
        return new SequencedRecord(stream, sequence, "{\"complaintId\":\"" + stream + "\",\"sequence\":" + sequence + "}");
    }
}

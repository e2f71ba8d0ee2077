package com.complaintbook.reporting.adapters.in.kafka;

import com.complaintbook.kit.events.ContractEventReader;
import com.complaintbook.contracts.Topics;
import com.complaintbook.contracts.events.ComplaintEventType;
import com.complaintbook.contracts.events.EventEnvelope;
import com.complaintbook.contracts.samples.SampleEvent;
import com.complaintbook.kit.events.UnreadableEventException;
import com.complaintbook.kit.sequence.Admission;
import com.complaintbook.kit.sequence.SequenceGate;
import com.complaintbook.kit.sequence.SequencedRecord;
import com.complaintbook.reporting.application.ProjectComplaintEvents;
import com.complaintbook.reporting.application.Projection;
import com.complaintbook.reporting.application.ProjectionResult;
import com.complaintbook.reporting.application.ReferenceTakenException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.BatchListenerFailedException;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** How the listener turns a poll into one batch, and what it tells the error handler when part of it fails. */
class ComplaintEventsListenerTest {

    private static final String UNKNOWN_TYPE = SampleEvent.of(ComplaintEventType.ANSWERED).forComplaint("c-9")
            .envelope("type", "ComplaintFromTheFuture").json();

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final RefusingComplaint views = new RefusingComplaint("c-refused");
    private final ScriptedGate gate = new ScriptedGate();
    private final ComplaintEventsListener listener = new ComplaintEventsListener(
            new ContractEventReader(JsonMapper.builder().build()),
            new ProjectComplaintEvents(List.of(views), meters, Clock.systemUTC()), gate, meters);

    @Test
    void aPollEveryReadModelIsDoneWithReturnsAndCountsTheTypesItSkipped() {
        listener.on(records(submitted("c-1"), UNKNOWN_TYPE, submitted("c-2")));

        assertThat(views.given).extracting(EventEnvelope::complaintId).containsExactly("c-1", "c-2");
        assertThat(meters.counter("complaintbook.reporting.events.skipped", "reason", "unknown-type").count()).isEqualTo(1);
        assertThat(meters.summary("complaintbook.reporting.events.batch.size").totalAmount()).isEqualTo(3);
    }

    @Test
    void aRecordThatIsNotAnEventIsNamedAfterTheEventsBeforeItAreProjected() {
        List<ConsumerRecord<String, String>> poll = records(submitted("c-1"), submitted("c-2"),
                "{ this is not an event", submitted("c-3"));

        assertThatExceptionOfType(BatchListenerFailedException.class).isThrownBy(() -> listener.on(poll))
                .satisfies(failure -> assertThat(failure.getIndex()).isEqualTo(2))
                .withCauseInstanceOf(UnreadableEventException.class);
        assertThat(views.given).extracting(EventEnvelope::complaintId).containsExactly("c-1", "c-2");
    }

    @Test
    void aRefusedEventIsNamedByItsRecordAndOnlyTheRecordsBeforeItAreCounted() {
        List<ConsumerRecord<String, String>> poll = records(UNKNOWN_TYPE, submitted("c-1"), submitted("c-refused"),
                UNKNOWN_TYPE, submitted("c-2"));

        assertThatExceptionOfType(BatchListenerFailedException.class).isThrownBy(() -> listener.on(poll))
                .satisfies(failure -> assertThat(failure.getIndex()).isEqualTo(2))
                .withCauseInstanceOf(ReferenceTakenException.class);
        assertThat(views.given).extracting(EventEnvelope::complaintId).containsExactly("c-1", "c-refused", "c-2");
        assertThat(meters.counter("complaintbook.reporting.events.skipped", "reason", "unknown-type").count()).isEqualTo(1);
    }

    @Test
    void aHeldRecordIsLeftOutOfTheBatch_andEveryRecordTheGateLetThroughIsReportedAppliedUnknownTypesIncluded() {
        gate.holding("c-2");

        listener.on(records(submitted("c-1"), submitted("c-2"), UNKNOWN_TYPE));

        assertThat(views.given).extracting(EventEnvelope::complaintId).containsExactly("c-1");
        assertThat(gate.applied).extracting(SequencedRecord::stream).containsExactly("c-1", "c-9");
    }

    @Test
    void heldEventsNextInLineAfterThePollAreProjectedInTurn_andReportedApplied() {
        String answered = SampleEvent.of(ComplaintEventType.ANSWERED).forComplaint("c-1").json();
        String closed = SampleEvent.of(ComplaintEventType.CLOSED).forComplaint("c-1").json();
        gate.thenNext(List.of(new SequencedRecord("c-1", 2, answered)));
        gate.thenNext(List.of(new SequencedRecord("c-1", 3, closed)));

        listener.on(records(SampleEvent.of(ComplaintEventType.ASSIGNED).forComplaint("c-1").json()));

        assertThat(views.given).extracting(EventEnvelope::type)
                .containsExactly("ComplaintAssigned", "ComplaintAnswered", "ComplaintClosed");
        assertThat(gate.applied).extracting(SequencedRecord::sequence).containsExactly(1L, 2L, 3L);
        assertThat(gate.askedFor).containsExactly(List.of("c-1"), List.of("c-1"), List.of("c-1"));
    }

    @Test
    void aHeldEventRefusedByAReadModelStaysHeld_andTheRecordThatLetItThroughIsNotParked() {
        String refusedLater = SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint("c-refused").json();
        gate.thenNext(List.of(new SequencedRecord("c-refused", 0, refusedLater)));

        listener.on(records(submitted("c-1")));

        assertThat(gate.applied).extracting(SequencedRecord::stream).containsExactly("c-1");
    }

    @Test
    void aGateThatCannotBeReachedNamesThePollsFirstEvent_soTheErrorHandlerHoldsThePartitionThere() {
        gate.unreachable = new IllegalStateException("MongoDB is out of reach");

        assertThatExceptionOfType(BatchListenerFailedException.class)
                .isThrownBy(() -> listener.on(records(UNKNOWN_TYPE, submitted("c-1"))))
                .satisfies(failure -> assertThat(failure.getIndex()).isEqualTo(0))
                .withCause(gate.unreachable);
        assertThat(views.given).isEmpty();
    }

    private static String submitted(String complaintId) {
        return SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint(complaintId).json();
    }

    private static List<ConsumerRecord<String, String>> records(String... values) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (int offset = 0; offset < values.length; offset++) {
            records.add(new ConsumerRecord<>(Topics.COMPLAINT_EVENTS, 0, offset, "key-" + offset, values[offset]));
        }
        return records;
    }

    /** Applies every event but those of one complaint, whose reference it finds taken. */
    private static final class RefusingComplaint implements Projection {

        private final String refused;
        private final List<EventEnvelope<?>> given = new ArrayList<>();

        RefusingComplaint(String refused) {
            this.refused = refused;
        }

        @Override
        public String name() {
            return "complaint-view";
        }

        @Override
        public List<ProjectionResult> apply(List<EventEnvelope<?>> events) {
            given.addAll(events);
            return events.stream()
                    .map(event -> event.complaintId().equals(refused)
                            ? ProjectionResult.refused(new ReferenceTakenException("KB-26-000001", refused))
                            : ProjectionResult.APPLIED)
                    .toList();
        }
    }

    /** Holds the records of the complaints it is told to, and hands back held records as scripted. */
    private static final class ScriptedGate implements SequenceGate {

        private final Set<String> holding = new HashSet<>();
        private final Deque<List<SequencedRecord>> next = new ArrayDeque<>();
        private final List<SequencedRecord> applied = new ArrayList<>();
        private final List<List<String>> askedFor = new ArrayList<>();
        private RuntimeException unreachable;

        void holding(String complaintId) {
            holding.add(complaintId);
        }

        void thenNext(List<SequencedRecord> records) {
            next.add(records);
        }

        @Override
        public List<Admission> admit(List<SequencedRecord> records) {
            if (unreachable != null) {
                throw unreachable;
            }
            return records.stream().map(record -> holding.contains(record.stream()) ? Admission.HELD : Admission.NEXT).toList();
        }

        @Override
        public void applied(List<SequencedRecord> records) {
            applied.addAll(records);
        }

        @Override
        public List<SequencedRecord> nextHeld(Collection<String> streams) {
            askedFor.add(List.copyOf(streams));
            return next.isEmpty() ? List.of() : next.poll();
        }
    }
}

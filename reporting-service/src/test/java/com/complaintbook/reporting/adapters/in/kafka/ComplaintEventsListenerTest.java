package com.complaintbook.reporting.adapters.in.kafka;

import com.complaintbook.kit.events.ContractEventReader;
import com.complaintbook.contracts.Topics;
import com.complaintbook.contracts.events.ComplaintEventType;
import com.complaintbook.contracts.events.EventEnvelope;
import com.complaintbook.contracts.samples.SampleEvent;
import com.complaintbook.kit.events.UnreadableEventException;
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
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** How the listener turns a poll into one batch, and what it tells the error handler when part of it fails. */
class ComplaintEventsListenerTest {

    private static final String UNKNOWN_TYPE = SampleEvent.of(ComplaintEventType.ANSWERED).forComplaint("c-9")
            .envelope("type", "ComplaintFromTheFuture").json();

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final RefusingComplaint views = new RefusingComplaint("c-refused");
    private final ComplaintEventsListener listener = new ComplaintEventsListener(
            new ContractEventReader(JsonMapper.builder().build()),
            new ProjectComplaintEvents(List.of(views), meters, Clock.systemUTC()), meters);

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
}

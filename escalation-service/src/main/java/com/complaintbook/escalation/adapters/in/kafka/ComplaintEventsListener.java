package com.complaintbook.escalation.adapters.in.kafka;

import com.complaintbook.contracts.Topics;
import com.complaintbook.contracts.events.ComplaintEventType;
import com.complaintbook.contracts.events.EventEnvelope;
import com.complaintbook.escalation.application.DeadlineRecorder;
import com.complaintbook.escalation.application.EscalationMetrics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.util.Optional;

/**
 * Feeds the events that move a deadline (assigned, answered, rejected, escalated) to
 * {@link DeadlineRecorder}. Returns only once the change is stored, so the offset is committed after
 * the state is safe; a crash in between redelivers the event, which the sequence guard then ignores.
 */
@Component
class ComplaintEventsListener {

    private final ComplaintEventReader reader;
    private final DeadlineRecorder recorder;
    private final EscalationMetrics metrics;

    ComplaintEventsListener(ComplaintEventReader reader, DeadlineRecorder recorder, EscalationMetrics metrics) {
        this.reader = reader;
        this.recorder = recorder;
        this.metrics = metrics;
    }

    @KafkaListener(topics = Topics.COMPLAINT_EVENTS)
    void on(ConsumerRecord<String, String> record) {
        EventEnvelope<JsonNode> envelope = reader.envelope(record.value());
        Optional<ComplaintEventType> type = ComplaintEventType.of(envelope.type(), envelope.version());
        if (type.isEmpty()) {
            metrics.eventSkipped(envelope.type(), "unknown-type");
            return;
        }
        switch (type.get()) {
            case ASSIGNED -> recorder.complaintAssigned(reader.assigned(envelope));
            case ANSWERED -> recorder.complaintAnswered(reader.answered(envelope));
            case REJECTED -> recorder.complaintRejected(reader.rejected(envelope));
            case ESCALATED -> recorder.complaintEscalated(reader.escalated(envelope));
            default -> metrics.eventSkipped(envelope.type(), "not-for-escalation");
        }
    }
}

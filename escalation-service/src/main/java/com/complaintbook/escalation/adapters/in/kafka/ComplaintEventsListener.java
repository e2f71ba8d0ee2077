package com.complaintbook.escalation.adapters.in.kafka;

import com.complaintbook.contracts.Topics;
import com.complaintbook.contracts.events.ComplaintAnswered;
import com.complaintbook.contracts.events.ComplaintAssigned;
import com.complaintbook.contracts.events.ComplaintClosed;
import com.complaintbook.contracts.events.ComplaintDeadlineApproaching;
import com.complaintbook.contracts.events.ComplaintDeadlineMissedAtTop;
import com.complaintbook.contracts.events.ComplaintEscalated;
import com.complaintbook.contracts.events.ComplaintEventType;
import com.complaintbook.contracts.events.ComplaintRejected;
import com.complaintbook.contracts.events.EventEnvelope;
import com.complaintbook.escalation.application.DeadlineRecorder;
import com.complaintbook.escalation.application.EscalationMetrics;
import com.complaintbook.kit.events.UnreadableEventException;
import com.complaintbook.kit.sequence.SequenceGate;
import com.complaintbook.kit.sequence.SequencedRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Optional;

/**
 * Feeds the events that move a deadline or its next action (assigned, warned, answered, rejected,
 * escalated, missed at the top, closed) to
 * {@link DeadlineRecorder}, each complaint's in sequence. Returns only once the change is stored, so
 * the offset is committed after the state is safe; a crash in between redelivers the event, which
 * the sequence guard then ignores.
 *
 * <p>The kit's {@link SequenceGate} sees every event, the ones escalation skips included (they take
 * their place in the stream too): one whose predecessor has not been applied is held, stored and
 * alarmed on, never dropped, and the record is done; once the predecessor is applied, the held events
 * now next in line are applied after it, in order. A record is read whole before the gate sees it,
 * so what is held is always readable when it comes back.
 */
@Component
class ComplaintEventsListener {

    private static final Logger log = LoggerFactory.getLogger(ComplaintEventsListener.class);

    private final ComplaintEventReader reader;
    private final DeadlineRecorder recorder;
    private final EscalationMetrics metrics;
    private final SequenceGate gate;

    ComplaintEventsListener(ComplaintEventReader reader, DeadlineRecorder recorder, EscalationMetrics metrics,
                            SequenceGate gate) {
        this.reader = reader;
        this.recorder = recorder;
        this.metrics = metrics;
        this.gate = gate;
    }

    @KafkaListener(topics = Topics.COMPLAINT_EVENTS)
    void on(ConsumerRecord<String, String> record) {
        EventEnvelope<JsonNode> envelope = reader.envelope(record.value());
        Runnable change = changeFor(envelope, record.partition());
        List<SequencedRecord> sequenced = List.of(
                new SequencedRecord(envelope.complaintId(), envelope.sequence(), record.value()));
        if (gate.admit(sequenced).get(0).applies()) {
            change.run();
            gate.applied(sequenced);
        }
        // Also after holding: another consumer may have applied the missing event between the gate's
        // look at the position and the hold (a rebalance), and then looked for held events too early.
        applyHeldInTurn(envelope.complaintId(), record.partition());
    }

    /**
     * What the event does, read whole: a payload escalation cannot read is refused before anything
     * happens. The partition is the complaint's on the events topic, the same for all its events.
     */
    private Runnable changeFor(EventEnvelope<JsonNode> envelope, int partition) {
        Optional<ComplaintEventType> type = ComplaintEventType.of(envelope.type(), envelope.version());
        if (type.isEmpty()) {
            return () -> metrics.eventSkipped(envelope.type(), "unknown-type");
        }
        return switch (type.get()) {
            case ASSIGNED -> {
                EventEnvelope<ComplaintAssigned> assigned = reader.assigned(envelope);
                yield () -> recorder.complaintAssigned(assigned, partition);
            }
            case ANSWERED -> {
                EventEnvelope<ComplaintAnswered> answered = reader.answered(envelope);
                yield () -> recorder.complaintAnswered(answered, partition);
            }
            case REJECTED -> {
                EventEnvelope<ComplaintRejected> rejected = reader.rejected(envelope);
                yield () -> recorder.complaintRejected(rejected, partition);
            }
            case ESCALATED -> {
                EventEnvelope<ComplaintEscalated> escalated = reader.escalated(envelope);
                yield () -> recorder.complaintEscalated(escalated, partition);
            }
            case DEADLINE_APPROACHING -> {
                EventEnvelope<ComplaintDeadlineApproaching> approaching = reader.approaching(envelope);
                yield () -> recorder.deadlineApproaching(approaching, partition);
            }
            case DEADLINE_MISSED_AT_TOP -> {
                EventEnvelope<ComplaintDeadlineMissedAtTop> missed = reader.missedAtTop(envelope);
                yield () -> recorder.deadlineMissedAtTop(missed, partition);
            }
            case CLOSED -> {
                EventEnvelope<ComplaintClosed> closed = reader.closed(envelope);
                yield () -> recorder.complaintClosed(closed, partition);
            }
            default -> () -> metrics.eventSkipped(envelope.type(), "not-for-escalation");
        };
    }

    /**
     * Applies the complaint's held events that are now next in line, one after another. A MongoDB
     * outage part-way fails this record, which is retried: it then finds itself applied and asks
     * again, while what is not yet applied stays held.
     */
    private void applyHeldInTurn(String complaintId, int partition) {
        List<String> complaint = List.of(complaintId);
        for (List<SequencedRecord> next = gate.nextHeld(complaint); !next.isEmpty(); next = gate.nextHeld(complaint)) {
            for (SequencedRecord held : next) {
                Runnable change;
                try {
                    change = changeFor(reader.envelope(held.value()), partition);
                } catch (UnreadableEventException e) {
                    // It was read whole to be held: only a changed reader could refuse it now, and
                    // parking the record that let it through would park the wrong one.
                    log.atError().addKeyValue("complaintId", held.stream()).addKeyValue("sequence", held.sequence())
                            .log("A held event can no longer be read; it stays held");
                    return;
                }
                change.run();
            }
            gate.applied(next);
        }
    }
}

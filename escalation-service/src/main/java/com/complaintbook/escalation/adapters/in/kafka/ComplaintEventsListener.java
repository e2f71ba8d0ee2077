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
import com.complaintbook.kit.sequence.Admission;
import com.complaintbook.kit.sequence.SequenceGate;
import com.complaintbook.kit.sequence.SequencedRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Feeds the events that move a deadline or its next action (assigned, warned, answered, rejected,
 * escalated, missed at the top, closed) to
 * {@link DeadlineRecorder}, a poll at a time, each complaint's in sequence. Returns only once every
 * change of the poll is stored, so the offsets are committed after the state is safe; a crash in
 * between redelivers the events, which the sequence guard then ignores. Otherwise it throws a
 * {@link BatchListenerFailedException} naming the first record not done: the records before it are
 * recorded (or held) by then, so the kit's error handler commits up to it, parks it at once
 * (unreadable) or tries it again (anything else, such as MongoDB away), and hands out the ones after
 * it again. The gate is asked once per poll, not once per record: that is what lets one consumer keep
 * up with a thousand events a second.
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

    @KafkaListener(topics = Topics.COMPLAINT_EVENTS, batch = "true")
    void on(List<ConsumerRecord<String, String>> records) {
        List<Read> read = new ArrayList<>();
        BatchListenerFailedException unreadable = null;
        for (int position = 0; position < records.size(); position++) {
            ConsumerRecord<String, String> record = records.get(position);
            try {
                EventEnvelope<JsonNode> envelope = reader.envelope(record.value());
                read.add(new Read(position, record.partition(),
                        new SequencedRecord(envelope.complaintId(), envelope.sequence(), record.value()),
                        changeFor(envelope, record.partition())));
            } catch (UnreadableEventException e) {
                // Parked by the error handler once the records before it are done; the ones after it
                // are delivered again.
                unreadable = new BatchListenerFailedException("Record is not a complaint event", e, position);
                break;
            }
        }
        if (!read.isEmpty()) {
            List<Read> admitted = beforeAnyIsDone(read, () -> admitted(read));
            List<SequencedRecord> applied = new ArrayList<>();
            BatchListenerFailedException failure = null;
            for (Read one : admitted) {
                try {
                    one.change().run();
                } catch (RuntimeException failed) {
                    failure = new BatchListenerFailedException("Complaint event not recorded", failed, one.position());
                    break;
                }
                applied.add(one.sequenced());
            }
            beforeAnyIsDone(read, () -> {
                gate.applied(applied);
                return null;
            });
            int done = failure == null ? records.size() : failure.getIndex();
            // The complaints of held records are asked for too: another consumer may have applied the
            // missing event between the gate's look at the position and the hold (a rebalance).
            applyHeldInTurn(read.stream().filter(one -> one.position() < done).toList());
            if (failure != null) {
                throw failure;
            }
        }
        if (unreadable != null) {
            throw unreadable;
        }
    }

    /** The records the gate lets through now, in the poll's order; the others it has held. */
    private List<Read> admitted(List<Read> read) {
        List<Admission> admissions = gate.admit(read.stream().map(Read::sequenced).toList());
        List<Read> admitted = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            if (admissions.get(i).applies()) {
                admitted.add(read.get(i));
            }
        }
        return admitted;
    }

    /**
     * Runs a step of the gate's that no record of the poll is done without. If it fails (MongoDB out
     * of reach), the poll's first record is named, so the error handler holds the partition there and
     * retries: the events recorded meanwhile come back already applied.
     */
    private static <T> T beforeAnyIsDone(List<Read> read, Supplier<T> step) {
        try {
            return step.get();
        } catch (RuntimeException failed) {
            throw new BatchListenerFailedException("Complaint events not admitted in sequence", failed,
                    read.get(0).position());
        }
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
     * Records the held events that the poll made next in line, and the ones those make next, for the
     * complaints of {@code done}, one round per place in line. An outage part-way names the first
     * record of the poll among the complaints still asked for: it and the ones after it come again,
     * find their complaints applied and ask again, while what is not yet applied stays held.
     */
    private void applyHeldInTurn(List<Read> done) {
        Map<String, Integer> partitions = new HashMap<>();
        done.forEach(one -> partitions.putIfAbsent(one.sequenced().stream(), one.partition()));
        // The complaints whose turn is not over: those asked for, then those that had one more held event.
        Set<String> pending = new LinkedHashSet<>(partitions.keySet());
        try {
            while (!pending.isEmpty()) {
                List<SequencedRecord> next = gate.nextHeld(pending);
                pending = new LinkedHashSet<>();
                for (SequencedRecord held : next) {
                    pending.add(held.stream());
                }
                List<SequencedRecord> applied = new ArrayList<>();
                try {
                    for (SequencedRecord held : next) {
                        Runnable change;
                        try {
                            change = changeFor(reader.envelope(held.value()), partitions.get(held.stream()));
                        } catch (UnreadableEventException e) {
                            // It was read whole to be held: only a changed reader could refuse it now,
                            // and parking the record that let it through would park the wrong one.
                            log.atError().addKeyValue("complaintId", held.stream())
                                    .addKeyValue("sequence", held.sequence())
                                    .log("A held event can no longer be read; it stays held");
                            pending.remove(held.stream());
                            continue;
                        }
                        change.run();
                        applied.add(held);
                    }
                } finally {
                    gate.applied(applied);
                }
            }
        } catch (RuntimeException failed) {
            Set<String> unfinished = pending;
            throw new BatchListenerFailedException("Held complaint events not recorded", failed,
                    done.stream().filter(one -> unfinished.contains(one.sequenced().stream()))
                            .mapToInt(Read::position).min().orElse(done.get(0).position()));
        }
    }

    /**
     * A record of the poll read as an event: its position in the poll, its partition, its place in its
     * complaint's stream, and what it does.
     */
    private record Read(int position, int partition, SequencedRecord sequenced, Runnable change) {
    }
}

package com.complaintbook.reporting.adapters.in.kafka;

import com.complaintbook.kit.events.ContractEventReader;
import com.complaintbook.contracts.Topics;
import com.complaintbook.contracts.events.EventEnvelope;
import com.complaintbook.kit.events.UnreadableEventException;
import com.complaintbook.kit.sequence.Admission;
import com.complaintbook.kit.sequence.SequenceGate;
import com.complaintbook.kit.sequence.SequencedRecord;
import com.complaintbook.reporting.application.FailedEvent;
import com.complaintbook.reporting.application.ProjectComplaintEvents;
import com.complaintbook.reporting.application.ReferenceTakenException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Projects the records of each poll of the complaint events topic as one batch, each complaint's
 * events in sequence.
 *
 * <p>The kit's {@link SequenceGate} sees every readable record first: one whose predecessor in its
 * complaint's stream has not been applied is held (stored, alarmed on, never dropped) and left out of
 * the batch; the rest are projected. Once the poll is projected, held events that are now next in
 * line are read back and projected in turn, so an event re-driven from the dead-letter topic after
 * its successors lets them all through in order.
 *
 * <p>When every record is done, this returns and the poll's offsets are committed. Otherwise it
 * throws a {@link BatchListenerFailedException} naming the first record that is not: every record
 * before it is applied (or held) by then, so the error handler commits up to it, parks that record
 * at once (unreadable, or refused by a read model) or tries it again (anything else, such as MongoDB
 * being down), and hands the records after it out again, which the projections' idempotency absorbs.
 */
@Component
public class ComplaintEventsListener {

    private static final Logger log = LoggerFactory.getLogger(ComplaintEventsListener.class);

    private final ContractEventReader reader;
    private final ProjectComplaintEvents projectEvents;
    private final SequenceGate gate;
    private final Counter unknownTypes;
    private final DistributionSummary batchSizes;

    public ComplaintEventsListener(ContractEventReader reader, ProjectComplaintEvents projectEvents, SequenceGate gate,
                                   MeterRegistry meters) {
        this.reader = reader;
        this.projectEvents = projectEvents;
        this.gate = gate;
        this.unknownTypes = Counter.builder("complaintbook.reporting.events.skipped")
                .description("Events of a type or version this service does not know")
                .tag("reason", "unknown-type")
                .register(meters);
        this.batchSizes = DistributionSummary.builder("complaintbook.reporting.events.batch.size")
                .description("Records handed to the projections per poll; near max.poll.records, the consumer is behind")
                .baseUnit("records")
                .register(meters);
    }

    @KafkaListener(topics = Topics.COMPLAINT_EVENTS, batch = "true")
    public void on(List<ConsumerRecord<String, String>> records) {
        batchSizes.record(records.size());
        PolledEvents polled = PolledEvents.read(records, reader);
        List<PolledEvents.Read> admitted = beforeAnyIsDone(polled, () -> admitted(polled.read()));
        Optional<BatchListenerFailedException> pollFailure = projectEvents.project(events(admitted))
                .map(failed -> new BatchListenerFailedException("Complaint event not projected", failed.cause(),
                        positionOf(admitted, failed.index())))
                .or(() -> polled.unreadable().map(unreadable -> new BatchListenerFailedException(
                        "Record is not a complaint event", unreadable.reason(), unreadable.position())));
        int done = pollFailure.map(BatchListenerFailedException::getIndex).orElse(records.size());
        beforeAnyIsDone(polled, () -> {
            gate.applied(admitted.stream().filter(read -> read.position() < done).map(PolledEvents.Read::sequenced).toList());
            return null;
        });
        // The complaints of held records are asked for too: another consumer may have applied the
        // missing event between the gate's look at the position and the hold (a rebalance).
        Optional<BatchListenerFailedException> failure = applyHeldInTurn(
                polled.read().stream().filter(read -> read.position() < done).toList()).or(() -> pollFailure);
        // Records from the failed one on are delivered again, and counted then.
        unknownTypes.increment(polled.unknownTypesBefore(failure.map(BatchListenerFailedException::getIndex)
                .orElse(records.size())));
        if (failure.isPresent()) {
            throw failure.get();
        }
    }

    /**
     * Runs a step of the gate's that no record of the poll is done without. If it fails (MongoDB out
     * of reach), the poll's first event is named, so the error handler holds the partition at it and
     * retries: events projected meanwhile come back already applied.
     */
    private static <T> T beforeAnyIsDone(PolledEvents polled, Supplier<T> step) {
        try {
            return step.get();
        } catch (RuntimeException failed) {
            throw new BatchListenerFailedException("Complaint events not admitted in sequence", failed,
                    polled.read().get(0).position());
        }
    }

    /** The records the gate lets through now, in the poll's order; the others it has held. */
    private List<PolledEvents.Read> admitted(List<PolledEvents.Read> read) {
        List<Admission> admissions = gate.admit(read.stream().map(PolledEvents.Read::sequenced).toList());
        List<PolledEvents.Read> admitted = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            if (admissions.get(i).applies()) {
                admitted.add(read.get(i));
            }
        }
        return admitted;
    }

    /**
     * Projects the held events that the poll has made next in line, and the ones those make next, for
     * the complaints of {@code done}. An outage part-way names the first of those records: it and the
     * ones after it come again, find their complaints applied, and ask the gate again, while what is
     * still held stays held. An event a read model refuses stays held (and alarmed on), since the
     * record to park is no longer on the topic.
     */
    private Optional<BatchListenerFailedException> applyHeldInTurn(List<PolledEvents.Read> done) {
        Set<String> complaints = new LinkedHashSet<>();
        done.forEach(read -> complaints.add(read.sequenced().stream()));
        try {
            while (!complaints.isEmpty()) {
                List<PolledEvents.Read> next = readBack(gate.nextHeld(complaints));
                Optional<FailedEvent> failed = projectEvents.project(events(next));
                if (failed.isPresent() && !(failed.get().cause() instanceof ReferenceTakenException)) {
                    int projected = indexOfEvent(next, failed.get().index());
                    gate.applied(next.subList(0, projected).stream().map(PolledEvents.Read::sequenced).toList());
                    throw new HeldEventFailedException(failed.get().cause());
                }
                // Only what comes before a refusal is surely applied; the rest of its round is asked
                // for again, and comes back already applied.
                int refused = failed.map(FailedEvent::index).map(index -> indexOfEvent(next, index)).orElse(next.size());
                gate.applied(next.subList(0, refused).stream().map(PolledEvents.Read::sequenced).toList());
                complaints.clear();
                next.forEach(read -> complaints.add(read.sequenced().stream()));
                if (refused < next.size()) {
                    SequencedRecord held = next.get(refused).sequenced();
                    complaints.remove(held.stream());
                    log.atWarn().addKeyValue("complaintId", held.stream()).addKeyValue("sequence", held.sequence())
                            .log("A held event is refused by a read model; it stays held");
                }
            }
            return Optional.empty();
        } catch (RuntimeException interrupted) {
            Throwable cause = interrupted instanceof HeldEventFailedException held ? held.getCause() : interrupted;
            return Optional.of(new BatchListenerFailedException("Held complaint events not projected", cause,
                    done.stream().filter(read -> complaints.contains(read.sequenced().stream()))
                            .mapToInt(PolledEvents.Read::position).min().orElseThrow()));
        }
    }

    private List<PolledEvents.Read> readBack(List<SequencedRecord> held) {
        List<PolledEvents.Read> read = new ArrayList<>();
        for (SequencedRecord record : held) {
            try {
                read.add(PolledEvents.readOne(-1, record.value(), reader));
            } catch (UnreadableEventException e) {
                // It was read once to be held: only a changed reader could refuse it now, and
                // parking the record that let it through would park the wrong one.
                log.atError().addKeyValue("complaintId", record.stream()).addKeyValue("sequence", record.sequence())
                        .log("A held event can no longer be read; it stays held");
            }
        }
        return read;
    }

    private static List<EventEnvelope<?>> events(List<PolledEvents.Read> read) {
        return read.stream().map(PolledEvents.Read::event).filter(Objects::nonNull).<EventEnvelope<?>>map(event -> event).toList();
    }

    /** The poll position of the {@code index}-th known event among {@code read}. */
    private static int positionOf(List<PolledEvents.Read> read, int index) {
        return read.get(indexOfEvent(read, index)).position();
    }

    /** Where in {@code read} the {@code index}-th known event is. */
    private static int indexOfEvent(List<PolledEvents.Read> read, int index) {
        int seen = -1;
        for (int i = 0; i < read.size(); i++) {
            if (read.get(i).event() != null && ++seen == index) {
                return i;
            }
        }
        throw new IllegalArgumentException("no event " + index + " among " + read.size() + " records");
    }

    /** A held event's projection failed for a reason other than a refusal. */
    private static final class HeldEventFailedException extends RuntimeException {

        HeldEventFailedException(Throwable cause) {
            super(cause);
        }
    }
}

package com.complaintbook.reporting.adapters.in.kafka;

import com.complaintbook.kit.events.ContractEventReader;
import com.complaintbook.contracts.events.EventEnvelope;
import com.complaintbook.kit.events.UnreadableEventException;
import com.complaintbook.kit.sequence.SequencedRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The records of one poll read as events, in order, up to the first record that is not an event at
 * all. Reading stops there: that record is parked, and the ones after it are delivered again.
 */
final class PolledEvents {

    /** A record that is not an event: its position in the poll, and why. */
    record Unreadable(int position, UnreadableEventException reason) {
    }

    /**
     * A record that is an event: its position in the poll, its place in its complaint's stream, and
     * the event, or {@code null} for a type this service does not know (it still takes its place in
     * the stream, or the complaint's later events would wait for it for ever).
     */
    record Read(int position, SequencedRecord sequenced, EventEnvelope<?> event) {
    }

    private final List<Read> read;
    private final Unreadable unreadable;

    private PolledEvents(List<Read> read, Unreadable unreadable) {
        this.read = List.copyOf(read);
        this.unreadable = unreadable;
    }

    static PolledEvents read(List<ConsumerRecord<String, String>> records, ContractEventReader reader) {
        List<Read> read = new ArrayList<>();
        for (int position = 0; position < records.size(); position++) {
            String value = records.get(position).value();
            try {
                read.add(readOne(position, value, reader));
            } catch (UnreadableEventException e) {
                return new PolledEvents(read, new Unreadable(position, e));
            }
        }
        return new PolledEvents(read, null);
    }

    /** Reads one value the way a record of the poll is read, e.g. a held record coming back. */
    static Read readOne(int position, String value, ContractEventReader reader) {
        EventEnvelope<?> event = reader.read(value).orElse(null);
        SequencedRecord sequenced = event != null
                ? new SequencedRecord(event.complaintId(), event.sequence(), value)
                : reader.sequenced(value);
        return new Read(position, sequenced, event);
    }

    /** The records read as events, in the poll's order, unknown types included. */
    List<Read> read() {
        return read;
    }

    /** How many records before {@code position} hold an event of a type this service does not know. */
    long unknownTypesBefore(int position) {
        return read.stream().filter(one -> one.event() == null && one.position() < position).count();
    }

    /** The first record that is not an event, if there is one. */
    Optional<Unreadable> unreadable() {
        return Optional.ofNullable(unreadable);
    }
}

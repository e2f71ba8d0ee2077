package com.complaintbook.reporting.adapters.in.kafka;

import com.complaintbook.kit.events.ContractEventReader;
import com.complaintbook.contracts.events.EventEnvelope;
import com.complaintbook.kit.events.UnreadableEventException;
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

    private final List<EventEnvelope<?>> events;
    private final List<Integer> positions;
    private final List<Integer> unknownTypes;
    private final Unreadable unreadable;

    private PolledEvents(List<EventEnvelope<?>> events, List<Integer> positions, List<Integer> unknownTypes,
                         Unreadable unreadable) {
        this.events = List.copyOf(events);
        this.positions = List.copyOf(positions);
        this.unknownTypes = List.copyOf(unknownTypes);
        this.unreadable = unreadable;
    }

    static PolledEvents read(List<ConsumerRecord<String, String>> records, ContractEventReader reader) {
        List<EventEnvelope<?>> events = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<Integer> unknownTypes = new ArrayList<>();
        for (int position = 0; position < records.size(); position++) {
            try {
                Optional<EventEnvelope<?>> event = reader.read(records.get(position).value());
                if (event.isPresent()) {
                    events.add(event.get());
                    positions.add(position);
                } else {
                    unknownTypes.add(position);
                }
            } catch (UnreadableEventException e) {
                return new PolledEvents(events, positions, unknownTypes, new Unreadable(position, e));
            }
        }
        return new PolledEvents(events, positions, unknownTypes, null);
    }

    /** The events read, in the records' order; records of unknown types are left out. */
    List<EventEnvelope<?>> events() {
        return events;
    }

    /** The position in the poll of the record {@code events().get(index)} was read from. */
    int positionOf(int index) {
        return positions.get(index);
    }

    /** How many records before {@code position} hold an event of a type this service does not know. */
    long unknownTypesBefore(int position) {
        return unknownTypes.stream().filter(unknown -> unknown < position).count();
    }

    /** The first record that is not an event, if there is one. */
    Optional<Unreadable> unreadable() {
        return Optional.ofNullable(unreadable);
    }
}

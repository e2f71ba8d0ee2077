package com.complaintbook.notification.adapters.in.kafka;

import com.complaintbook.kit.events.ContractEventReader;
import com.complaintbook.contracts.events.EventEnvelope;
import com.complaintbook.kit.events.UnreadableEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The events of one poll, read in order up to the first record that is not a readable event, if
 * any: the records after that one are not this batch's, since the error handler delivers them again.
 */
final class EventBatch {

    private final List<EventEnvelope<?>> events = new ArrayList<>();
    private final List<Integer> recordIndexes = new ArrayList<>();
    private int unknownTypes;
    private Unreadable unreadable;

    private EventBatch() {
    }

    static EventBatch read(List<ConsumerRecord<String, String>> records, ContractEventReader reader) {
        EventBatch batch = new EventBatch();
        for (int index = 0; index < records.size() && batch.unreadable == null; index++) {
            try {
                Optional<EventEnvelope<?>> event = reader.read(records.get(index).value());
                if (event.isPresent()) {
                    batch.events.add(event.get());
                    batch.recordIndexes.add(index);
                } else {
                    batch.unknownTypes++;
                }
            } catch (UnreadableEventException e) {
                batch.unreadable = new Unreadable(index, e);
            }
        }
        return batch;
    }

    /** The readable events of known types, in record order. */
    List<EventEnvelope<?>> events() {
        return events;
    }

    /** The index among the poll's records of the event at {@code position} in {@link #events()}. */
    int recordIndexOf(int position) {
        return recordIndexes.get(position);
    }

    /** How many records were skipped for a type or version this service does not know. */
    int unknownTypes() {
        return unknownTypes;
    }

    /** The record that ended the batch, if one did. */
    Optional<Unreadable> unreadable() {
        return Optional.ofNullable(unreadable);
    }

    /**
     * @param recordIndex its index among the poll's records
     * @param reason      what is wrong with it
     */
    record Unreadable(int recordIndex, UnreadableEventException reason) {
    }
}

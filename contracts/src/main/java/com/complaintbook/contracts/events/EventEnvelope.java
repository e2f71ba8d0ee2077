package com.complaintbook.contracts.events;

import java.time.Instant;

/**
 * One event of one complaint's stream, as it travels on the events topic.
 *
 * <p>{@code eventId} is unique and stable: an event published twice carries the same id, which is
 * what consumers deduplicate on. {@code sequence} is the event's position in its complaint's stream,
 * starting at 0 and without gaps, so a consumer can tell an event it has already applied from a new
 * one.
 *
 * @param eventId     unique id of the event, the same on every redelivery
 * @param complaintId the stream the event belongs to; also the record key
 * @param sequence    position in the complaint's stream, from 0
 * @param type        logical type name, see {@link ComplaintEventType}
 * @param version     schema version of the payload
 * @param occurredAt  when the event happened
 * @param payload     the event itself
 * @param <P>         payload type, or a JSON tree for a reader that has not yet looked at {@code type}
 */
public record EventEnvelope<P>(
        String eventId,
        String complaintId,
        long sequence,
        String type,
        int version,
        Instant occurredAt,
        P payload) {
}

package com.complaintbook.reporting.application;

import com.complaintbook.contracts.events.EventEnvelope;

import java.util.List;

/**
 * One read model fed from the events topic, a batch of events at a time.
 *
 * <p>Implementations must be idempotent and order-safe per complaint: they apply the events of one
 * complaint in the batch's order, an event they have already applied (same complaint, same or lower
 * sequence) leaves their state exactly as it was, and they take nothing from the clock, so
 * redelivering a batch changes nothing and replaying the topic from the start rebuilds the same
 * state. A new read model (per store, per category, overdue, professional complainers) is one more
 * implementation; nothing else changes.
 */
public interface Projection {

    /** A short, stable name for metrics and logs, e.g. {@code complaint-view}. */
    String name();

    /**
     * Applies a batch of events, whose payloads are the contracts' records for their types. An event
     * the read model refuses is {@code REFUSED} and the others are still applied.
     *
     * @return what became of each event, in the batch's order
     * @throws PartlyAppliedException when it fails part-way, with the results of the leading events
     *                                that are done; any other exception means none is known to be
     */
    List<ProjectionResult> apply(List<EventEnvelope<?>> events);
}

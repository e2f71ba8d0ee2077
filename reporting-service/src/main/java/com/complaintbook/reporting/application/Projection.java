package com.complaintbook.reporting.application;

import com.complaintbook.contracts.events.EventEnvelope;

/**
 * One read model fed from the events topic.
 *
 * <p>Implementations must be idempotent and order-safe per complaint: an event they have already
 * applied (same complaint, same or lower sequence) leaves their state exactly as it was, and they
 * take nothing from the clock, so replaying the topic from the start rebuilds the same state. A new
 * read model (per store, per category, overdue, professional complainers) is one more
 * implementation; nothing else changes.
 */
public interface Projection {

    /** A short, stable name for metrics and logs, e.g. {@code complaint-view}. */
    String name();

    /**
     * Applies one event, whose payload is the contracts' record for its type.
     *
     * @return what became of it
     */
    ProjectionResult apply(EventEnvelope<?> event);
}

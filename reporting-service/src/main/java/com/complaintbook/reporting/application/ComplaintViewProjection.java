package com.complaintbook.reporting.application;

import com.complaintbook.contracts.events.EventEnvelope;
import com.complaintbook.reporting.domain.ComplaintViewEvolution;

import java.util.List;

/**
 * The view of each complaint: its status, level, assignee and deadline. Idempotent through the
 * store's sequence guard: a change is written only over a view that has not yet seen its sequence.
 */
public class ComplaintViewProjection implements Projection {

    private final ComplaintViewEvolution evolution;
    private final ComplaintViewStore store;

    public ComplaintViewProjection(ComplaintViewEvolution evolution, ComplaintViewStore store) {
        this.evolution = evolution;
        this.store = store;
    }

    @Override
    public String name() {
        return "complaint-view";
    }

    @Override
    public ProjectionResult apply(EventEnvelope<?> event) {
        return evolution.changeFor(event)
                .map(change -> unlessRefused(store.applyIfNewer(List.of(change)).get(0)))
                .orElse(ProjectionResult.IGNORED);
    }

    // One event at a time, a refusal fails the event, and the error handler parks it.
    private static ProjectionResult unlessRefused(ProjectionResult result) {
        if (result.outcome() == ProjectionResult.Outcome.REFUSED) {
            throw result.refusal();
        }
        return result;
    }
}

package com.complaintbook.reporting.application;

import com.complaintbook.contracts.events.EventEnvelope;
import com.complaintbook.reporting.domain.ComplaintViewEvolution;

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
                .map(change -> store.applyIfNewer(change) ? ProjectionResult.APPLIED : ProjectionResult.ALREADY_APPLIED)
                .orElse(ProjectionResult.IGNORED);
    }
}

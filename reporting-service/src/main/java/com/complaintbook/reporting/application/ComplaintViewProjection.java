package com.complaintbook.reporting.application;

import com.complaintbook.contracts.events.EventEnvelope;
import com.complaintbook.reporting.domain.ComplaintViewChange;
import com.complaintbook.reporting.domain.ComplaintViewEvolution;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

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
    public List<ProjectionResult> apply(List<EventEnvelope<?>> events) {
        List<Optional<ComplaintViewChange>> changes = events.stream().map(evolution::changeFor).toList();
        List<ComplaintViewChange> written = changes.stream().flatMap(Optional::stream).toList();
        try {
            return perEvent(changes, store.applyIfNewer(written));
        } catch (PartlyAppliedException interrupted) {
            throw new PartlyAppliedException(perEvent(changes, interrupted.results()), interrupted.getCause());
        }
    }

    /**
     * Each event's result: its change's, or {@code IGNORED} for an event that makes none. Stops at
     * the first change the store gave no result for, since neither it nor any event after it is done.
     */
    private static List<ProjectionResult> perEvent(List<Optional<ComplaintViewChange>> changes,
                                                   List<ProjectionResult> written) {
        List<ProjectionResult> results = new ArrayList<>();
        Iterator<ProjectionResult> next = written.iterator();
        for (Optional<ComplaintViewChange> change : changes) {
            if (change.isEmpty()) {
                results.add(ProjectionResult.IGNORED);
            } else if (next.hasNext()) {
                results.add(next.next());
            } else {
                break;
            }
        }
        return results;
    }
}

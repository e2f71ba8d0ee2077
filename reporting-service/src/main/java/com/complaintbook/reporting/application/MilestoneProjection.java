package com.complaintbook.reporting.application;

import com.complaintbook.contracts.events.EventEnvelope;
import com.complaintbook.reporting.domain.Milestone;
import com.complaintbook.reporting.domain.Milestones;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The warnings, breaches and closures the deadline statistics count, one record per event, keyed by
 * complaint and sequence: a redelivered or replayed event finds its record kept and counts once.
 */
public class MilestoneProjection implements Projection {

    private final Milestones milestones;
    private final MilestoneStore store;

    public MilestoneProjection(Milestones milestones, MilestoneStore store) {
        this.milestones = milestones;
        this.store = store;
    }

    @Override
    public String name() {
        return "milestones";
    }

    @Override
    public List<ProjectionResult> apply(List<EventEnvelope<?>> events) {
        List<Optional<Milestone>> found = events.stream().map(milestones::of).toList();
        List<Milestone> kept = found.stream().flatMap(Optional::stream).toList();
        Iterator<ProjectionResult> results = (kept.isEmpty() ? List.<ProjectionResult>of() : store.keep(kept)).iterator();
        List<ProjectionResult> perEvent = new ArrayList<>(events.size());
        for (Optional<Milestone> milestone : found) {
            perEvent.add(milestone.isPresent() ? results.next() : ProjectionResult.IGNORED);
        }
        return perEvent;
    }
}

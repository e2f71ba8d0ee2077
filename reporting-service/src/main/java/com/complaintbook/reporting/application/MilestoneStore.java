package com.complaintbook.reporting.application;

import com.complaintbook.reporting.domain.Milestone;

import java.util.List;

/** Where the milestones the deadline statistics count are kept, one per event. */
public interface MilestoneStore {

    /**
     * Keeps each milestone unless one of the same complaint and sequence is already kept.
     *
     * @return one result per milestone, in the order given: {@code APPLIED} if it was kept now,
     *         {@code ALREADY_APPLIED} if it had been before
     * @throws RuntimeException when the store fails; none of the milestones is then known to be kept
     */
    List<ProjectionResult> keep(List<Milestone> milestones);
}

package com.complaintbook.routing.domain;

import com.complaintbook.routing.domain.organisation.ReviewLevel;

import java.time.Instant;
import java.util.Optional;

/**
 * Decides who is responsible for a complaint, at the start and at every climb, from the
 * organisation's rules alone. A pure function of its arguments: the same question always gets the
 * same answer, which is what lets routing resend a decision safely.
 */
public final class Router {

    private final OrgChart orgChart;
    private final ResponsibilityRules responsibilities;
    private final SlaPolicy slaPolicy;

    public Router(OrgChart orgChart, ResponsibilityRules responsibilities, SlaPolicy slaPolicy) {
        this.orgChart = orgChart;
        this.responsibilities = responsibilities;
        this.slaPolicy = slaPolicy;
    }

    /** The level-0 assignment of a complaint submitted at {@code submittedAt}. */
    public Assignment firstAssignment(RoutableComplaint complaint, Instant submittedAt) {
        Employee assignee = responsibilities.responsibleFor(complaint);
        return new Assignment(0, assignee, orgChart.managersOf(assignee.id()),
                slaPolicy.reviewDeadline(complaint, ReviewLevel.FIRST, submittedAt));
    }

    /**
     * The assignment at {@code level} after a complaint climbed away from {@code previousAssigneeId}:
     * their manager becomes responsible. Empty when the previous assignee is the CEO, since there is
     * no one above.
     *
     * @throws UnknownEmployeeException when the chart does not know the previous assignee
     */
    public Optional<Assignment> escalatedAssignment(String previousAssigneeId, int level, Instant escalatedAt) {
        // ComplaintEscalated does not say what the complaint is about; the calendar-time policy this
        // router is wired with needs only the level there.
        return orgChart.managerOf(previousAssigneeId)
                .map(manager -> new Assignment(level, manager, orgChart.managersOf(manager.id()),
                        slaPolicy.reviewDeadline(null, ReviewLevel.ESCALATED, escalatedAt)));
    }
}

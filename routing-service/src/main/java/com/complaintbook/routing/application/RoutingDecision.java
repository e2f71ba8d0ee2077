package com.complaintbook.routing.application;

import com.complaintbook.routing.domain.Assignment;
import com.complaintbook.routing.domain.Employee;

import java.time.Instant;
import java.util.List;

/**
 * A decision routing took for one level of a complaint, kept so that the event that caused it, when
 * delivered or replayed again, resends exactly this decision instead of deciding anew.
 *
 * @param level               the level it assigns
 * @param eventId             the event that caused it
 * @param decisionId          the command id it was sent under
 * @param decidedAt           when that event occurred; the command's {@code issuedAt}
 * @param assignee            who takes the complaint
 * @param positionId          the position they took it in (theirs, or the one they stood in for)
 * @param managers            who stood above them, nearest first
 * @param managerPositionIds  the positions of {@code managers}
 * @param positionsAbove      every position above {@code positionId} then, nearest first, so a later
 *                            climb finds its way up even when the chart has changed since
 * @param deadline            end of the review period
 * @param via                 how it was decided: {@code rule:<id>}, {@code default-owner}, {@code climb}, {@code top}
 * @param organisationVersion the organisation version it was decided by
 */
public record RoutingDecision(int level, String eventId, String decisionId, Instant decidedAt, Employee assignee,
                              String positionId, List<Employee> managers, List<String> managerPositionIds,
                              List<String> positionsAbove, Instant deadline, String via, long organisationVersion) {

    public RoutingDecision {
        managers = List.copyOf(managers);
        managerPositionIds = List.copyOf(managerPositionIds);
        positionsAbove = List.copyOf(positionsAbove);
    }

    public Assignment assignment() {
        return new Assignment(level, assignee, positionId, managers, managerPositionIds, deadline, via);
    }

    /** The decision as sent, identical every time. */
    public AssignmentDecision toSend(String complaintId) {
        return new AssignmentDecision(decisionId, complaintId, assignment(), decidedAt);
    }
}

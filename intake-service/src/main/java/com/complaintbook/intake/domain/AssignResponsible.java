package com.complaintbook.intake.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/**
 * Routing named who is responsible at a level, and until when.
 *
 * @param level      the level routing decided for; the complaint must be waiting for exactly this one
 * @param managers   the assignee's managers, nearest first: where the complaint can climb from here
 * @param assignedAt when intake recorded the decision
 */
public record AssignResponsible(
        @TargetAggregateIdentifier String complaintId,
        Employee assignee,
        int level,
        Instant deadline,
        List<Employee> managers,
        Instant assignedAt) {

    public AssignResponsible {
        if (complaintId == null || assignee == null || assignee.id() == null || deadline == null
                || managers == null || assignedAt == null || level < 0) {
            throw new InvalidCommandException("Incomplete assignment for complaint " + complaintId);
        }
        managers = List.copyOf(managers);
    }
}

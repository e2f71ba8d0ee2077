package com.complaintbook.intake.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Escalation found that the deadline at {@code fromLevel} passed unanswered.
 *
 * @param fromLevel      the level whose deadline was missed
 * @param missedDeadline the deadline escalation saw pass; the event records the one the stream holds for
 *                       the level, the single source of what the deadline was
 * @param escalatedAt    when intake recorded the escalation
 */
public record EscalateForMissedDeadline(
        @TargetAggregateIdentifier String complaintId,
        int fromLevel,
        Instant missedDeadline,
        Instant escalatedAt) {

    public EscalateForMissedDeadline {
        if (complaintId == null || missedDeadline == null || escalatedAt == null || fromLevel < 0) {
            throw new InvalidCommandException("Incomplete escalation for complaint " + complaintId);
        }
    }
}

package com.complaintbook.intake.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Escalation found that the review deadline at {@code level} is near.
 *
 * @param level    the level whose deadline approaches
 * @param deadline the deadline escalation saw; a warning for one the complaint no longer has changes nothing
 * @param warnedAt when intake recorded the warning
 */
public record WarnOfApproachingDeadline(
        @TargetAggregateIdentifier String complaintId,
        int level,
        Instant deadline,
        Instant warnedAt) {

    public WarnOfApproachingDeadline {
        if (complaintId == null || deadline == null || warnedAt == null || level < 0) {
            throw new InvalidCommandException("Incomplete deadline warning for complaint " + complaintId);
        }
    }
}

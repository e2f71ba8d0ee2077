package com.complaintbook.intake.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Escalation found that an answer's appeal window passed. Its clock decides that the window passed,
 * not intake's, so that clocks a little apart never leave a complaint open.
 *
 * @param level          the level the answer was given at
 * @param appealDeadline the end of that answer's appeal window; a close for another answer's window changes nothing
 * @param closedAt       when intake recorded the close
 */
public record CloseAfterAppealWindowPassed(
        @TargetAggregateIdentifier String complaintId,
        int level,
        Instant appealDeadline,
        Instant closedAt) {

    public CloseAfterAppealWindowPassed {
        if (complaintId == null || appealDeadline == null || closedAt == null || level < 0) {
            throw new InvalidCommandException("Incomplete close after the appeal window for complaint " + complaintId);
        }
    }
}

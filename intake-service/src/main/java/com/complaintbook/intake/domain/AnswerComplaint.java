package com.complaintbook.intake.domain;

import com.complaintbook.contracts.SuggestionOutcome;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * A member of staff answers.
 *
 * @param staffId        who answers; must be the assignee or above them
 * @param outcome        required for a suggestion, absent for a complaint
 * @param appealDeadline until when the customer may appeal, unless the answer turns out final
 */
public record AnswerComplaint(
        @TargetAggregateIdentifier String complaintId,
        String staffId,
        String answer,
        SuggestionOutcome outcome,
        Instant answeredAt,
        Instant appealDeadline) {

    public AnswerComplaint {
        if (complaintId == null || staffId == null || answer == null || answer.isBlank()
                || answeredAt == null || appealDeadline == null) {
            throw new InvalidCommandException("Incomplete answer for complaint " + complaintId);
        }
    }
}

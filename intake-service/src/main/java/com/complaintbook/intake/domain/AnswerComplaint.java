package com.complaintbook.intake.domain;

import com.complaintbook.contracts.SuggestionOutcome;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/**
 * A member of staff answers.
 *
 * @param staffId        who answers; must be the assignee or above them, or act for one of them
 * @param outcome        required for a suggestion, absent for a complaint
 * @param appealDeadline until when the customer may appeal, unless the answer turns out final
 * @param answersFor     the employees whose complaints {@code staffId} may answer now as their acting
 *                       stand-in (an absence, a vacant position), as the organisation says
 */
public record AnswerComplaint(
        @TargetAggregateIdentifier String complaintId,
        String staffId,
        String answer,
        SuggestionOutcome outcome,
        Instant answeredAt,
        Instant appealDeadline,
        List<String> answersFor) {

    public AnswerComplaint {
        answersFor = answersFor == null ? List.of() : List.copyOf(answersFor);
        if (complaintId == null || staffId == null || answer == null || answer.isBlank()
                || answeredAt == null || appealDeadline == null) {
            throw new InvalidCommandException("Incomplete answer for complaint " + complaintId);
        }
    }

    /** An answer from someone who stands in for nobody. */
    public AnswerComplaint(String complaintId, String staffId, String answer, SuggestionOutcome outcome,
                           Instant answeredAt, Instant appealDeadline) {
        this(complaintId, staffId, answer, outcome, answeredAt, appealDeadline, List.of());
    }
}

package com.complaintbook.contracts.events;

import com.complaintbook.contracts.SuggestionOutcome;

import java.time.Instant;

/**
 * The responsible employee, or someone above them, answered.
 *
 * @param complaintId    the complaint
 * @param answeredBy     employee id of who answered
 * @param level          the level the complaint was at
 * @param answer         the answer, as the customer will read it
 * @param outcome        for a suggestion, what became of it; {@code null} for a complaint
 * @param finalAnswer    whether nobody is above who answered (the CEO): the complaint is closed
 *                       and the customer cannot escalate it further
 * @param appealDeadline until when the customer may say the answer did not satisfy them;
 *                       {@code null} for a final answer
 * @param answeredAt     when it was answered
 */
public record ComplaintAnswered(
        String complaintId,
        String answeredBy,
        int level,
        String answer,
        SuggestionOutcome outcome,
        boolean finalAnswer,
        Instant appealDeadline,
        Instant answeredAt) {
}

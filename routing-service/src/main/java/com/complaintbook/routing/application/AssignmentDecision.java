package com.complaintbook.routing.application;

import com.complaintbook.contracts.events.EventEnvelope;
import com.complaintbook.routing.domain.Assignment;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Routing's decision about one complaint, ready to be sent.
 *
 * @param decisionId  derived from the id of the event that caused it, so the same event always
 *                    yields the same decision id (the command id on the wire)
 * @param complaintId the complaint
 * @param assignment  who, at which level, until when
 * @param decidedAt   when the causing event occurred; deliberately not the wall clock, so a
 *                    redelivered event yields an identical decision
 */
public record AssignmentDecision(String decisionId, String complaintId, Assignment assignment, Instant decidedAt) {

    public AssignmentDecision {
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(assignment, "assignment");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }

    /** The decision taken because of {@code event}. */
    public static AssignmentDecision causedBy(EventEnvelope<?> event, Assignment assignment) {
        return new AssignmentDecision(decisionIdFor(event.eventId()), event.complaintId(), assignment,
                event.occurredAt());
    }

    static String decisionIdFor(String eventId) {
        return UUID.nameUUIDFromBytes(("AssignComplaint:" + eventId).getBytes(StandardCharsets.UTF_8)).toString();
    }
}

package com.complaintbook.notification.domain;

import com.complaintbook.contracts.EscalationReason;
import com.complaintbook.contracts.StaffMember;
import com.complaintbook.contracts.events.ComplaintEscalated;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Why a complaint climbed to a level, kept because the escalation letter goes out only with the
 * assignment that follows, which names the new assignee but not why they got it, whom it was taken
 * from, or which deadline passed.
 *
 * @param complaintId      the complaint
 * @param toLevel          the level it climbed to
 * @param reason           a missed deadline or an unsatisfied customer
 * @param previousAssignee employee id of who it climbed from
 * @param customerComment  the customer's words when they were not satisfied, or {@code null}
 * @param previousHandler  who it climbed from, with name and address, or {@code null} for an
 *                         escalation recorded before events carried it
 * @param missedDeadline   the deadline that passed, or {@code null} when the customer was not
 *                         satisfied, or for an escalation recorded before events carried it
 * @param escalatedAt      when it climbed, or {@code null} when remembered before this was kept
 */
public record RememberedEscalation(
        String complaintId,
        int toLevel,
        EscalationReason reason,
        String previousAssignee,
        String customerComment,
        StaffMember previousHandler,
        Instant missedDeadline,
        Instant escalatedAt) {

    public static RememberedEscalation of(ComplaintEscalated escalated) {
        return new RememberedEscalation(escalated.complaintId(), escalated.toLevel(), escalated.reason(),
                escalated.previousAssignee(), escalated.comment(), escalated.previousHandler(),
                escalated.missedDeadline(), escalated.escalatedAt());
    }

    /** The complaint at the level it climbed to, which names this escalation. */
    public ComplaintLevel reached() {
        return new ComplaintLevel(complaintId, toLevel);
    }

    /** How letters name who it climbed from: their name, or their employee id when the event did not carry one. */
    public String previousHandlerName() {
        return Optional.ofNullable(previousHandler).map(StaffMember::name).filter(name -> !name.isBlank())
                .orElse(previousAssignee);
    }

    /** How long after the missed deadline the complaint climbed, when both moments are known. */
    public Optional<Duration> overdueBy() {
        if (missedDeadline == null || escalatedAt == null || escalatedAt.isBefore(missedDeadline)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(missedDeadline, escalatedAt));
    }

    /** Whether the climb was a missed deadline, the only kind whose handler is sent a copy of the letter. */
    public boolean deadlineMissed() {
        return reason == EscalationReason.DEADLINE_MISSED;
    }
}

package com.complaintbook.notification.domain;

import com.complaintbook.contracts.EscalationReason;
import com.complaintbook.contracts.events.ComplaintEscalated;

/**
 * Why a complaint climbed to a level, kept because the escalation letter goes out only with the
 * assignment that follows, which names the new assignee but not why they got it.
 *
 * @param complaintId      the complaint
 * @param toLevel          the level it climbed to
 * @param reason           a missed deadline or an unsatisfied customer
 * @param previousAssignee employee id of who it climbed from
 * @param customerComment  the customer's words when they were not satisfied, or {@code null}
 */
public record RememberedEscalation(
        String complaintId,
        int toLevel,
        EscalationReason reason,
        String previousAssignee,
        String customerComment) {

    public static RememberedEscalation of(ComplaintEscalated escalated) {
        return new RememberedEscalation(escalated.complaintId(), escalated.toLevel(), escalated.reason(),
                escalated.previousAssignee(), escalated.comment());
    }

    /** The complaint at the level it climbed to, which names this escalation. */
    public ComplaintLevel reached() {
        return new ComplaintLevel(complaintId, toLevel);
    }
}

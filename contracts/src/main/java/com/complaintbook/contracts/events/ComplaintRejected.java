package com.complaintbook.contracts.events;

import com.complaintbook.contracts.RejectionReason;

import java.time.Instant;

/**
 * The responsible employee, or someone above them, rejected the complaint, with a reason.
 *
 * @param complaintId    the complaint
 * @param rejectedBy     employee id of who rejected it
 * @param level          the level the complaint was at
 * @param reason         why
 * @param comment        words for the customer, or {@code null}
 * @param finalAnswer    whether nobody is above who rejected it (the CEO)
 * @param appealDeadline until when the customer may say they are not satisfied; {@code null} when final
 * @param rejectedAt     when it was rejected
 */
public record ComplaintRejected(
        String complaintId,
        String rejectedBy,
        int level,
        RejectionReason reason,
        String comment,
        boolean finalAnswer,
        Instant appealDeadline,
        Instant rejectedAt) {
}

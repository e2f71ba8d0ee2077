package com.complaintbook.contracts.events;

import com.complaintbook.contracts.StaffMember;

import java.time.Instant;

/**
 * The review deadline of the top of the chain passed unanswered. Nobody is above, so the complaint
 * stays where it is, overdue, and still waits for the assignee's answer. Below the top a missed
 * deadline is {@link ComplaintEscalated} with reason {@code deadline-missed} instead. At most once per
 * complaint.
 *
 * @param complaintId the complaint
 * @param level       the level it is at
 * @param assignee    the top of the chain, whose deadline passed
 * @param deadline    the deadline that passed
 * @param recordedAt  when the breach was recorded
 */
public record ComplaintDeadlineMissedAtTop(
        String complaintId,
        int level,
        StaffMember assignee,
        Instant deadline,
        Instant recordedAt) {
}

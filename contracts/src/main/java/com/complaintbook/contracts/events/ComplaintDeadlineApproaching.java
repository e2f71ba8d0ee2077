package com.complaintbook.contracts.events;

import com.complaintbook.contracts.StaffMember;

import java.time.Instant;

/**
 * The assignee was warned that their review deadline is near: at most once per level, and only while
 * the complaint waits for their answer.
 *
 * @param complaintId the complaint
 * @param level       the level whose deadline approaches
 * @param assignee    who must answer before {@code deadline}
 * @param deadline    the review deadline at this level
 * @param escalatesTo who the complaint climbs to if the deadline passes: the assignee's nearest
 *                    manager; {@code null} at the top of the chain, where nothing climbs further
 * @param warnedAt    when the warning was recorded
 */
public record ComplaintDeadlineApproaching(
        String complaintId,
        int level,
        StaffMember assignee,
        Instant deadline,
        StaffMember escalatesTo,
        Instant warnedAt) {
}

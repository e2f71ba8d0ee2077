package com.complaintbook.contracts.events;

import com.complaintbook.contracts.StaffMember;

import java.time.Instant;
import java.util.List;

/**
 * A complaint has a responsible employee and a review deadline.
 *
 * @param complaintId the complaint
 * @param assignee    who must answer it now
 * @param level       how far up the org chart it has climbed: 0 for the first assignee
 * @param deadline    when the assignee's review period ends, in business time
 * @param managers    the assignee's managers, nearest first, up to the CEO; empty when the
 *                    assignee is the CEO
 * @param assignedAt  when the assignment was recorded
 */
public record ComplaintAssigned(
        String complaintId,
        StaffMember assignee,
        int level,
        Instant deadline,
        List<StaffMember> managers,
        Instant assignedAt) {
}

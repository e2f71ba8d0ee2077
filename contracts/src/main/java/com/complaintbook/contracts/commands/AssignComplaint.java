package com.complaintbook.contracts.commands;

import com.complaintbook.contracts.StaffMember;

import java.time.Instant;
import java.util.List;

/**
 * Routing's decision of who is responsible for a complaint at a level, and until when.
 *
 * @param complaintId the complaint
 * @param assignee    who becomes responsible
 * @param level       the level this assignment is for; the aggregate ignores it if the complaint
 *                    already has this assignment
 * @param deadline    end of the review period, computed by routing's SLA policy
 * @param managers    the assignee's managers, nearest first, up to the CEO
 */
public record AssignComplaint(
        String complaintId,
        StaffMember assignee,
        int level,
        Instant deadline,
        List<StaffMember> managers) {
}

package com.complaintbook.contracts.events;

import com.complaintbook.contracts.EscalationReason;
import com.complaintbook.contracts.StaffMember;

import java.time.Instant;

/**
 * The complaint climbed one level up the org chart. Routing answers with the assignment for the new
 * level: the manager of {@code previousAssignee}.
 *
 * @param complaintId      the complaint
 * @param fromLevel        the level it left
 * @param toLevel          the level it is at now, {@code fromLevel + 1}
 * @param reason           a missed deadline or an unsatisfied customer
 * @param previousAssignee employee id of who it climbs from: the assignee whose deadline passed, or
 *                         whoever gave the answer the customer was not satisfied with
 * @param comment          the customer's words when they were not satisfied, or {@code null}
 * @param escalatedAt      when it climbed
 * @param previousHandler  who it climbs from, as the letters address them: the assignee whose deadline
 *                         passed, or whoever gave the answer the customer was not satisfied with;
 *                         {@code null} in events recorded before it was carried
 * @param missedDeadline   for a missed deadline, the deadline that passed; {@code null} when the
 *                         customer was not satisfied, and in events recorded before it was carried
 */
public record ComplaintEscalated(
        String complaintId,
        int fromLevel,
        int toLevel,
        EscalationReason reason,
        String previousAssignee,
        String comment,
        Instant escalatedAt,
        StaffMember previousHandler,
        Instant missedDeadline) {
}

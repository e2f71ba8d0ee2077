package com.complaintbook.contracts.events;

import com.complaintbook.contracts.EscalationReason;

import java.time.Instant;

/**
 * The complaint climbed one level up the org chart. Routing answers with the assignment for the new
 * level.
 *
 * @param complaintId      the complaint
 * @param fromLevel        the level it left
 * @param toLevel          the level it is at now, {@code fromLevel + 1}
 * @param reason           a missed deadline or an unsatisfied customer
 * @param previousAssignee employee id of who was responsible at {@code fromLevel}
 * @param escalatedAt      when it climbed
 */
public record ComplaintEscalated(
        String complaintId,
        int fromLevel,
        int toLevel,
        EscalationReason reason,
        String previousAssignee,
        Instant escalatedAt) {
}

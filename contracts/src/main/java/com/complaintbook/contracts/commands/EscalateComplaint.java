package com.complaintbook.contracts.commands;

import java.time.Instant;

/**
 * Escalation's finding that the deadline at a level passed unanswered.
 *
 * @param complaintId    the complaint
 * @param fromLevel      the level whose deadline was missed; a complaint no longer at this level
 *                       is not escalated again
 * @param missedDeadline the deadline that passed
 */
public record EscalateComplaint(
        String complaintId,
        int fromLevel,
        Instant missedDeadline) {
}

package com.complaintbook.contracts.commands;

import java.time.Instant;

/**
 * Escalation's finding that the review deadline at a level is near (for example 75 % of the period
 * has passed) and the assignee should be warned. The aggregate records the warning once per level,
 * and not at all when the complaint was answered or left the level meanwhile.
 *
 * @param complaintId the complaint
 * @param level       the level whose deadline approaches
 * @param deadline    that deadline; a warning for a deadline the complaint no longer has changes nothing
 */
public record WarnOfDeadline(
        String complaintId,
        int level,
        Instant deadline) {
}

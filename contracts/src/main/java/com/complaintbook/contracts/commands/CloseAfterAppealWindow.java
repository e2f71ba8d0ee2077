package com.complaintbook.contracts.commands;

import java.time.Instant;

/**
 * Escalation's finding that an answer's (or a rejection's) appeal window passed without the customer
 * saying they were not satisfied. The aggregate closes the complaint as {@code appeal-window-passed},
 * once; if the customer appealed or accepted meanwhile, it changes nothing.
 *
 * @param complaintId    the complaint
 * @param level          the level the answer was given at
 * @param appealDeadline the end of that answer's appeal window
 */
public record CloseAfterAppealWindow(
        String complaintId,
        int level,
        Instant appealDeadline) {
}

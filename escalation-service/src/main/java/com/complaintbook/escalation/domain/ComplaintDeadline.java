package com.complaintbook.escalation.domain;

import java.time.Instant;

/**
 * What escalation knows about one complaint: its latest review deadline, whether it is still
 * running, and what escalation will do next.
 *
 * @param complaintId    the complaint
 * @param level          the level the deadline belongs to
 * @param assigneeId     who must answer by it, or {@code null} if no assignment was seen
 * @param deadline       when the review period ends, or {@code null} if no assignment was seen
 * @param state          whether the deadline still runs
 * @param lastSequence   position in the complaint's stream of the last event applied; older or
 *                       repeated events are ignored
 * @param next           the next action and when it is due, or {@code null} for none
 * @param appealDeadline the end of the last answer's (or rejection's) appeal window, or {@code null}
 * @param overdueAtTop   whether the deadline passed at the top of the chain, where nothing climbs
 */
public record ComplaintDeadline(
        String complaintId,
        int level,
        String assigneeId,
        Instant deadline,
        DeadlineState state,
        long lastSequence,
        NextAction next,
        Instant appealDeadline,
        boolean overdueAtTop) {
}

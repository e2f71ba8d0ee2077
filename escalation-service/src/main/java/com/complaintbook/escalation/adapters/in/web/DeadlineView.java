package com.complaintbook.escalation.adapters.in.web;

import com.complaintbook.escalation.domain.ComplaintDeadline;
import com.complaintbook.escalation.domain.DeadlineState;

import java.time.Instant;

/**
 * A complaint's deadline as ops see it.
 *
 * @param lastSequence   the stream position it reflects, to compare with the events topic
 * @param nextAction     {@code WARN}, {@code BREACH} or {@code APPEAL_CLOSE}, or {@code null} when
 *                       nothing is left to do
 * @param nextActionAt   when it is due
 * @param appealDeadline the end of the last answer's appeal window, or {@code null}
 * @param overdueAtTop   the deadline passed at the top of the chain, where nothing climbs
 */
record DeadlineView(
        String complaintId,
        DeadlineState state,
        int level,
        String assigneeId,
        Instant deadline,
        long lastSequence,
        String nextAction,
        Instant nextActionAt,
        Instant appealDeadline,
        boolean overdueAtTop) {

    static DeadlineView of(ComplaintDeadline deadline) {
        return new DeadlineView(deadline.complaintId(), deadline.state(), deadline.level(), deadline.assigneeId(),
                deadline.deadline(), deadline.lastSequence(),
                deadline.next() == null ? null : deadline.next().kind().name(),
                deadline.next() == null ? null : deadline.next().dueAt(),
                deadline.appealDeadline(), deadline.overdueAtTop());
    }
}

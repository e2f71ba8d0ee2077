package com.complaintbook.escalation.adapters.in.web;

import com.complaintbook.escalation.domain.ComplaintDeadline;
import com.complaintbook.escalation.domain.DeadlineState;

import java.time.Instant;

/**
 * A complaint's deadline as ops see it.
 *
 * @param lastSequence the stream position it reflects, to compare with the events topic
 */
record DeadlineView(
        String complaintId,
        DeadlineState state,
        int level,
        String assigneeId,
        Instant deadline,
        long lastSequence) {

    static DeadlineView of(ComplaintDeadline deadline) {
        return new DeadlineView(deadline.complaintId(), deadline.state(), deadline.level(), deadline.assigneeId(),
                deadline.deadline(), deadline.lastSequence());
    }
}

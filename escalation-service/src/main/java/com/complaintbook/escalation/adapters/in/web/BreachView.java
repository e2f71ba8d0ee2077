package com.complaintbook.escalation.adapters.in.web;

import com.complaintbook.escalation.domain.Breach;

import java.time.Instant;

/**
 * A missed deadline as ops see it.
 *
 * @param top whether it was at the top of the chain, where nothing climbs
 */
record BreachView(String complaintId, int level, boolean top, String assigneeId, Instant deadline,
                  Instant recordedAt) {

    static BreachView of(Breach breach) {
        return new BreachView(breach.complaintId(), breach.level(), breach.top(), breach.assigneeId(),
                breach.deadline(), breach.recordedAt());
    }
}

package com.complaintbook.reporting.domain;

import com.complaintbook.contracts.EscalationReason;
import com.complaintbook.contracts.events.ComplaintClosed;
import com.complaintbook.contracts.events.ComplaintDeadlineApproaching;
import com.complaintbook.contracts.events.ComplaintDeadlineMissedAtTop;
import com.complaintbook.contracts.events.ComplaintEscalated;
import com.complaintbook.contracts.events.EventEnvelope;

import java.time.Instant;
import java.util.Optional;

/**
 * Which events the deadline statistics count. A missed deadline below the top is the
 * {@code ComplaintEscalated(deadline-missed)} it caused, a breach of the level it climbed from; at the
 * top, where nothing climbs, it is {@code ComplaintDeadlineMissedAtTop}. An unsatisfied customer's
 * escalation is no breach. Times come from the events, never the clock, so a replay counts the same.
 */
public final class Milestones {

    /** The milestone {@code event} is, or empty for an event the statistics do not count. */
    public Optional<Milestone> of(EventEnvelope<?> event) {
        Object payload = event.payload();
        if (payload instanceof ComplaintDeadlineApproaching approaching) {
            return Optional.of(new Milestone(event.complaintId(), event.sequence(), MilestoneKind.WARNING,
                    approaching.level(), false, null, happenedAt(approaching.warnedAt(), event)));
        }
        if (payload instanceof ComplaintEscalated escalated && escalated.reason() == EscalationReason.DEADLINE_MISSED) {
            return Optional.of(new Milestone(event.complaintId(), event.sequence(), MilestoneKind.BREACH,
                    escalated.fromLevel(), false, null, happenedAt(escalated.escalatedAt(), event)));
        }
        if (payload instanceof ComplaintDeadlineMissedAtTop missed) {
            return Optional.of(new Milestone(event.complaintId(), event.sequence(), MilestoneKind.BREACH,
                    missed.level(), true, null, happenedAt(missed.recordedAt(), event)));
        }
        if (payload instanceof ComplaintClosed closed && closed.reason() != null) {
            return Optional.of(new Milestone(event.complaintId(), event.sequence(), MilestoneKind.CLOSURE,
                    null, false, closed.reason(), happenedAt(closed.closedAt(), event)));
        }
        return Optional.empty();
    }

    private static Instant happenedAt(Instant stated, EventEnvelope<?> event) {
        return stated != null ? stated : event.occurredAt();
    }
}

package com.complaintbook.escalation.application;

import com.complaintbook.contracts.ClosureReason;
import com.complaintbook.contracts.EscalationReason;
import com.complaintbook.contracts.events.ComplaintAnswered;
import com.complaintbook.contracts.events.ComplaintAssigned;
import com.complaintbook.contracts.events.ComplaintClosed;
import com.complaintbook.contracts.events.ComplaintDeadlineApproaching;
import com.complaintbook.contracts.events.ComplaintDeadlineMissedAtTop;
import com.complaintbook.contracts.events.ComplaintEscalated;
import com.complaintbook.contracts.events.ComplaintRejected;
import com.complaintbook.contracts.events.EventEnvelope;
import com.complaintbook.escalation.domain.Breach;
import com.complaintbook.escalation.domain.DeadlineChange;
import com.complaintbook.escalation.domain.DeadlineState;
import com.complaintbook.escalation.domain.DueTimer;
import com.complaintbook.escalation.domain.NextAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps each complaint's deadline and next action in step with its stream: an assignment opens a
 * deadline and sets the warning (or the breach), the warning leaves the breach, an answer or
 * rejection closes the deadline and sets the close after the appeal window, a climb, a breach at the
 * top or a close leaves nothing to do. The breaches the stream records are kept beside it. Each
 * change is in the store before the scheduler hears of it, so a crash in between loses nothing: the
 * loader finds it.
 */
public class DeadlineRecorder {

    private static final Logger log = LoggerFactory.getLogger(DeadlineRecorder.class);

    private final DeadlineStore store;
    private final BreachStore breaches;
    private final TimerScheduler scheduler;
    private final EscalationMetrics metrics;
    private final double warnAt;

    /** @param warnAt the fraction of a review period after which the assignee is warned, 0 to 1 */
    public DeadlineRecorder(DeadlineStore store, BreachStore breaches, TimerScheduler scheduler,
                            EscalationMetrics metrics, double warnAt) {
        if (!(warnAt >= 0 && warnAt <= 1)) {
            throw new IllegalArgumentException("warnAt must be a fraction between 0 and 1: " + warnAt);
        }
        this.store = store;
        this.breaches = breaches;
        this.scheduler = scheduler;
        this.metrics = metrics;
        this.warnAt = warnAt;
    }

    public void complaintAssigned(EventEnvelope<ComplaintAssigned> event, int partition) {
        ComplaintAssigned assigned = event.payload();
        apply(event, new DeadlineChange.Opened(event.complaintId(), event.sequence(), partition, assigned.level(),
                assigned.assignee().id(), assigned.deadline(),
                NextAction.afterAssignment(assigned.assignedAt(), assigned.deadline(), warnAt)));
    }

    public void deadlineApproaching(EventEnvelope<ComplaintDeadlineApproaching> event, int partition) {
        ComplaintDeadlineApproaching approaching = event.payload();
        apply(event, new DeadlineChange.Warned(event.complaintId(), event.sequence(), partition, approaching.level(),
                approaching.deadline()));
    }

    public void complaintAnswered(EventEnvelope<ComplaintAnswered> event, int partition) {
        ComplaintAnswered answered = event.payload();
        apply(event, new DeadlineChange.Closed(event.complaintId(), event.sequence(), partition, answered.level(),
                DeadlineState.ANSWERED, answered.finalAnswer() ? null : answered.appealDeadline()));
    }

    public void complaintRejected(EventEnvelope<ComplaintRejected> event, int partition) {
        ComplaintRejected rejected = event.payload();
        apply(event, new DeadlineChange.Closed(event.complaintId(), event.sequence(), partition, rejected.level(),
                DeadlineState.REJECTED, rejected.finalAnswer() ? null : rejected.appealDeadline()));
    }

    public void complaintEscalated(EventEnvelope<ComplaintEscalated> event, int partition) {
        ComplaintEscalated escalated = event.payload();
        apply(event, new DeadlineChange.Closed(event.complaintId(), event.sequence(), partition, escalated.fromLevel(),
                DeadlineState.SUPERSEDED, null));
        if (escalated.reason() == EscalationReason.DEADLINE_MISSED) {
            String assigneeId = escalated.previousHandler() != null ? escalated.previousHandler().id()
                    : escalated.previousAssignee();
            breach(new Breach(event.complaintId(), escalated.fromLevel(), false, assigneeId, escalated.missedDeadline(),
                    escalated.escalatedAt() != null ? escalated.escalatedAt() : event.occurredAt()));
        }
    }

    public void deadlineMissedAtTop(EventEnvelope<ComplaintDeadlineMissedAtTop> event, int partition) {
        ComplaintDeadlineMissedAtTop missed = event.payload();
        apply(event, new DeadlineChange.MissedAtTop(event.complaintId(), event.sequence(), partition, missed.level()));
        breach(new Breach(event.complaintId(), missed.level(), true,
                missed.assignee() != null ? missed.assignee().id() : null, missed.deadline(),
                missed.recordedAt() != null ? missed.recordedAt() : event.occurredAt()));
    }

    public void complaintClosed(EventEnvelope<ComplaintClosed> event, int partition) {
        if (apply(event, new DeadlineChange.Ended(event.complaintId(), event.sequence(), partition))
                && event.payload().reason() == ClosureReason.APPEAL_WINDOW_PASSED) {
            metrics.appealWindowClosed();
        }
    }

    /**
     * Kept whether the deadline change was new or not: a crash between the two writes leaves the
     * change applied and the breach not, and the redelivered event must still keep it.
     */
    private void breach(Breach breach) {
        if (breaches.record(breach)) {
            metrics.breach(breach.level(), breach.top());
            log.atInfo()
                    .addKeyValue("complaintId", breach.complaintId())
                    .addKeyValue("level", breach.level())
                    .addKeyValue("top", breach.top())
                    .log("Breach recorded");
        }
    }

    private boolean apply(EventEnvelope<?> event, DeadlineChange change) {
        if (store.apply(change)) {
            metrics.deadlineChanged(change.state());
            NextAction next = change.next();
            scheduler.changed(change.complaintId(), change.partition(), change.sequence(), next == null ? null
                    : new DueTimer(change.complaintId(), change.partition(), change.sequence(), change.level(), next,
                    null));
            log.atInfo()
                    .addKeyValue("complaintId", change.complaintId())
                    .addKeyValue("eventId", event.eventId())
                    .addKeyValue("sequence", change.sequence())
                    .addKeyValue("state", change.state())
                    .addKeyValue("next", next == null ? "none" : next.kind() + "@" + next.dueAt())
                    .log("Deadline recorded");
            return true;
        }
        metrics.staleEvent();
        log.atDebug()
                .addKeyValue("complaintId", change.complaintId())
                .addKeyValue("eventId", event.eventId())
                .addKeyValue("sequence", change.sequence())
                .log("Event already applied; ignored");
        return false;
    }
}

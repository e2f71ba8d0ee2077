package com.complaintbook.escalation.application;

import com.complaintbook.contracts.events.ComplaintAnswered;
import com.complaintbook.contracts.events.ComplaintAssigned;
import com.complaintbook.contracts.events.ComplaintEscalated;
import com.complaintbook.contracts.events.ComplaintRejected;
import com.complaintbook.contracts.events.EventEnvelope;
import com.complaintbook.escalation.domain.DeadlineChange;
import com.complaintbook.escalation.domain.DeadlineState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps each complaint's deadline in step with its stream: an assignment opens a deadline, an
 * answer or rejection closes it, a climb supersedes it until the next assignment.
 */
public class DeadlineRecorder {

    private static final Logger log = LoggerFactory.getLogger(DeadlineRecorder.class);

    private final DeadlineStore store;
    private final EscalationMetrics metrics;

    public DeadlineRecorder(DeadlineStore store, EscalationMetrics metrics) {
        this.store = store;
        this.metrics = metrics;
    }

    public void complaintAssigned(EventEnvelope<ComplaintAssigned> event) {
        ComplaintAssigned assigned = event.payload();
        apply(event, new DeadlineChange.Opened(event.complaintId(), event.sequence(), assigned.level(),
                assigned.assignee().id(), assigned.deadline()));
    }

    public void complaintAnswered(EventEnvelope<ComplaintAnswered> event) {
        apply(event, new DeadlineChange.Closed(event.complaintId(), event.sequence(), event.payload().level(),
                DeadlineState.ANSWERED));
    }

    public void complaintRejected(EventEnvelope<ComplaintRejected> event) {
        apply(event, new DeadlineChange.Closed(event.complaintId(), event.sequence(), event.payload().level(),
                DeadlineState.REJECTED));
    }

    public void complaintEscalated(EventEnvelope<ComplaintEscalated> event) {
        apply(event, new DeadlineChange.Closed(event.complaintId(), event.sequence(), event.payload().fromLevel(),
                DeadlineState.SUPERSEDED));
    }

    private void apply(EventEnvelope<?> event, DeadlineChange change) {
        if (store.apply(change)) {
            metrics.deadlineChanged(change.state());
            log.atInfo()
                    .addKeyValue("complaintId", change.complaintId())
                    .addKeyValue("eventId", event.eventId())
                    .addKeyValue("sequence", change.sequence())
                    .addKeyValue("state", change.state())
                    .log("Deadline recorded");
        } else {
            metrics.staleEvent();
            log.atDebug()
                    .addKeyValue("complaintId", change.complaintId())
                    .addKeyValue("eventId", event.eventId())
                    .addKeyValue("sequence", change.sequence())
                    .log("Event already applied; ignored");
        }
    }
}

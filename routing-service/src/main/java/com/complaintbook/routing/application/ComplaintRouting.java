package com.complaintbook.routing.application;

import com.complaintbook.contracts.events.ComplaintEscalated;
import com.complaintbook.contracts.events.ComplaintSubmitted;
import com.complaintbook.contracts.events.EventEnvelope;
import com.complaintbook.routing.domain.Assignment;
import com.complaintbook.routing.domain.RoutableComplaint;
import com.complaintbook.routing.domain.Router;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The routing use cases: assign a new complaint, and reassign a complaint that climbed one level.
 * Stateless: everything needed is in the event and the organisation's rules, so there is nothing to
 * store and redelivery needs no bookkeeping here (see {@link AssignmentDecision}).
 */
public class ComplaintRouting {

    private static final Logger log = LoggerFactory.getLogger(ComplaintRouting.class);

    private final Router router;
    private final AssignmentPublisher publisher;
    private final RoutingMetrics metrics;

    public ComplaintRouting(Router router, AssignmentPublisher publisher, RoutingMetrics metrics) {
        this.router = router;
        this.publisher = publisher;
        this.metrics = metrics;
    }

    /** A new complaint goes to whoever the rules make responsible, at level 0. */
    public void complaintSubmitted(EventEnvelope<ComplaintSubmitted> event) {
        ComplaintSubmitted submitted = event.payload();
        RoutableComplaint complaint =
                new RoutableComplaint(submitted.kind(), submitted.storeId(), submitted.category());
        send(event, router.firstAssignment(complaint, submitted.submittedAt()));
    }

    /** A complaint that climbed goes to the previous assignee's manager, at the new level. */
    public void complaintEscalated(EventEnvelope<ComplaintEscalated> event) {
        ComplaintEscalated escalated = event.payload();
        router.escalatedAssignment(escalated.previousAssignee(), escalated.toLevel(), escalated.escalatedAt())
                .ifPresentOrElse(assignment -> send(event, assignment), () -> {
                    // The aggregate should refuse to climb past the CEO; if it did anyway, there is no one
                    // to assign, and resending would not change that.
                    log.atWarn()
                            .addKeyValue("complaintId", event.complaintId())
                            .addKeyValue("eventId", event.eventId())
                            .addKeyValue("previousAssignee", escalated.previousAssignee())
                            .log("Complaint escalated away from an employee without a manager; no one to assign");
                    metrics.unroutableEscalation();
                });
    }

    private void send(EventEnvelope<?> cause, Assignment assignment) {
        AssignmentDecision decision = AssignmentDecision.causedBy(cause, assignment);
        publisher.publish(decision);
        metrics.assignmentDecided(assignment.level());
        log.atInfo()
                .addKeyValue("complaintId", decision.complaintId())
                .addKeyValue("eventId", cause.eventId())
                .addKeyValue("level", assignment.level())
                .addKeyValue("assignee", assignment.assignee().id())
                .addKeyValue("deadline", assignment.deadline())
                .log("Assignment sent");
    }
}

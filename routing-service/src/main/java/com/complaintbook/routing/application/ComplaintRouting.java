package com.complaintbook.routing.application;

import com.complaintbook.contracts.events.ComplaintEscalated;
import com.complaintbook.contracts.events.ComplaintSubmitted;
import com.complaintbook.contracts.events.EventEnvelope;
import com.complaintbook.routing.domain.RoutableComplaint;
import com.complaintbook.routing.domain.Router;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;

/**
 * The routing use cases: assign a new complaint, reassign a complaint that climbed one level, and send
 * those decisions. Deciding and sending are separate steps so that a whole batch of events is decided
 * first and its decisions are sent together and awaited once.
 *
 * <p>Stateless: everything needed is in the event and the organisation's rules, so there is nothing to
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
    public AssignmentDecision firstAssignment(EventEnvelope<ComplaintSubmitted> event) {
        ComplaintSubmitted submitted = event.payload();
        RoutableComplaint complaint =
                new RoutableComplaint(submitted.kind(), submitted.channel(), submitted.storeId(), submitted.category());
        return AssignmentDecision.causedBy(event, router.firstAssignment(complaint, submitted.submittedAt()));
    }

    /**
     * A complaint that climbed goes to the previous assignee's manager, at the new level. Empty when
     * the previous assignee has no manager.
     *
     * @throws com.complaintbook.routing.domain.UnknownEmployeeException when the chart does not know
     *                                                                   the previous assignee
     */
    public Optional<AssignmentDecision> nextAssignment(EventEnvelope<ComplaintEscalated> event) {
        ComplaintEscalated escalated = event.payload();
        Optional<AssignmentDecision> decision = router
                .escalatedAssignment(escalated.previousAssignee(), escalated.toLevel(), escalated.escalatedAt())
                .map(assignment -> AssignmentDecision.causedBy(event, assignment));
        if (decision.isEmpty()) {
            // The aggregate should refuse to climb past the CEO; if it did anyway, there is no one to
            // assign, and deciding again would not change that.
            log.atWarn()
                    .addKeyValue("complaintId", event.complaintId())
                    .addKeyValue("eventId", event.eventId())
                    .addKeyValue("previousAssignee", escalated.previousAssignee())
                    .log("Complaint escalated away from an employee without a manager; no one to assign");
            metrics.unroutableEscalation();
        }
        return decision;
    }

    /**
     * Sends the decisions in the given order and returns once every one of them is published.
     *
     * @throws AssignmentsNotPublishedException when some were not; the ones published before them
     *                                          count as sent
     */
    public void send(List<AssignmentDecision> decisions) {
        try {
            publisher.publish(decisions).await();
        } catch (AssignmentsNotPublishedException notPublished) {
            sent(decisions.subList(0, notPublished.published()));
            throw notPublished;
        }
        sent(decisions);
    }

    private void sent(List<AssignmentDecision> decisions) {
        for (AssignmentDecision decision : decisions) {
            metrics.assignmentDecided(decision.assignment().level());
            // Per decision only at DEBUG: under load this is hundreds of lines a second, and the
            // counter above already tells how many were sent.
            log.atDebug()
                    .addKeyValue("complaintId", decision.complaintId())
                    .addKeyValue("decisionId", decision.decisionId())
                    .addKeyValue("level", decision.assignment().level())
                    .addKeyValue("assignee", decision.assignment().assignee().id())
                    .addKeyValue("deadline", decision.assignment().deadline())
                    .log("Assignment sent");
        }
    }
}

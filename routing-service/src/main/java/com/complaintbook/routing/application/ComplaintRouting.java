package com.complaintbook.routing.application;

import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.contracts.events.ComplaintEscalated;
import com.complaintbook.contracts.events.ComplaintSubmitted;
import com.complaintbook.contracts.events.EventEnvelope;
import com.complaintbook.routing.domain.ClimbingComplaint;
import com.complaintbook.routing.domain.OrganisationVersion;
import com.complaintbook.routing.domain.RoutableComplaint;
import com.complaintbook.routing.domain.Router;
import com.complaintbook.routing.domain.SlaPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Set;

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

    /** ComplaintEscalated carries no category; no rule or review period depends on it above level 0. */
    private static final String UNKNOWN_CATEGORY = "";

    private final Router router;
    private final OrganisationVersion organisation;
    private final SlaPolicy slaPolicy;
    private final AssignmentPublisher publisher;
    private final RoutingMetrics metrics;

    public ComplaintRouting(Router router, OrganisationVersion organisation, SlaPolicy slaPolicy,
                            AssignmentPublisher publisher, RoutingMetrics metrics) {
        this.router = router;
        this.organisation = organisation;
        this.slaPolicy = slaPolicy;
        this.publisher = publisher;
        this.metrics = metrics;
    }

    /** A new complaint goes to whoever the rules make responsible, at level 0. */
    public AssignmentDecision firstAssignment(EventEnvelope<ComplaintSubmitted> event) {
        ComplaintSubmitted submitted = event.payload();
        RoutableComplaint complaint = routable(submitted);
        return AssignmentDecision.causedBy(event,
                router.firstAssignment(organisation, slaPolicy, complaint, submitted.submittedAt()));
    }

    /**
     * A complaint that climbed goes to the nearest eligible person above the previous assignee, at
     * the new level; past the top, to the top again with nobody above.
     */
    public AssignmentDecision nextAssignment(EventEnvelope<ComplaintEscalated> event) {
        ComplaintEscalated escalated = event.payload();
        // The event tells only who handled the complaint last: where they stood and who handled it
        // before them is routing's own state, which the decisions are not stored in yet.
        ClimbingComplaint complaint = new ClimbingComplaint(
                new RoutableComplaint(ComplaintKind.COMPLAINT, null, null, UNKNOWN_CATEGORY),
                escalated.toLevel(), escalated.previousAssignee(), null, List.of(),
                Set.of(escalated.previousAssignee()));
        return AssignmentDecision.causedBy(event,
                router.escalatedAssignment(organisation, slaPolicy, complaint, escalated.escalatedAt()));
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

    private static RoutableComplaint routable(ComplaintSubmitted submitted) {
        return new RoutableComplaint(submitted.kind(), submitted.channel(), submitted.storeId(), submitted.category());
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

package com.complaintbook.routing.application;

import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.contracts.events.ComplaintAssigned;
import com.complaintbook.contracts.events.ComplaintEscalated;
import com.complaintbook.contracts.events.ComplaintSubmitted;
import com.complaintbook.contracts.events.EventEnvelope;
import com.complaintbook.routing.domain.Assignment;
import com.complaintbook.routing.domain.ClimbingComplaint;
import com.complaintbook.routing.domain.RoutableComplaint;
import com.complaintbook.routing.domain.Router;
import com.complaintbook.routing.domain.organisation.Position;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The routing use cases: assign a new complaint, reassign a complaint that climbed, keep track of who
 * has which complaint open, and send the decisions. Deciding and sending are separate steps so that a
 * whole batch of events is decided first and its decisions are sent together and awaited once.
 *
 * <p>A decision is taken once per complaint and level and kept ({@link RoutedComplaints}): the same
 * event delivered again, or replayed after the organisation changed, resends the kept decision, so
 * routing never assigns twice and never differently. Each is decided by the organisation version in
 * force when the event occurred, at the event's own time, never the wall clock.
 */
public class ComplaintRouting {

    private static final Logger log = LoggerFactory.getLogger(ComplaintRouting.class);

    private final OrganisationHistory organisations;
    private final RoutedComplaints complaints;
    private final Router router;
    private final AssignmentPublisher publisher;
    private final RoutingMetrics metrics;

    public ComplaintRouting(OrganisationHistory organisations, RoutedComplaints complaints, Router router,
                            AssignmentPublisher publisher, RoutingMetrics metrics) {
        this.organisations = organisations;
        this.complaints = complaints;
        this.router = router;
        this.publisher = publisher;
        this.metrics = metrics;
    }

    /**
     * Before a batch is decided: reads a version another replica imported, so that no decision is taken
     * (and kept for good) by an organisation already replaced.
     */
    public void catchUpWithImports() {
        organisations.refreshIfStale();
    }

    /**
     * A new complaint goes to whoever the rules make responsible, at level 0. Nothing when routing first
     * met the complaint at a climb (a replay of its submission after the fact): a fresh level 0 now
     * would take a group's ticket and count a handler who never had it, for a command the aggregate
     * refuses anyway.
     */
    public Optional<AssignmentDecision> firstAssignment(EventEnvelope<ComplaintSubmitted> event) {
        ComplaintSubmitted submitted = event.payload();
        Optional<RoutedComplaint> known = complaints.find(event.complaintId());
        Optional<RoutingDecision> kept = known.flatMap(complaint -> complaint.level(0));
        if (kept.isPresent()) {
            return Optional.of(resend(event, kept.get()));
        }
        if (known.isPresent() && known.get().levels().stream().anyMatch(decision -> decision.level() > 0)) {
            log.atInfo()
                    .addKeyValue("complaintId", event.complaintId())
                    .log("Submission replayed for a complaint routing first met at a climb; nothing to decide at level 0");
            return Optional.empty();
        }
        RoutableComplaint complaint = new RoutableComplaint(submitted.kind(), submitted.channel(),
                submitted.storeId(), submitted.category());
        EffectiveOrganisation organisation = organisations.at(submitted.submittedAt());
        Assignment assignment = router.firstAssignment(organisation.version(), organisation.sla(), complaint,
                submitted.submittedAt());
        return Optional.of(keep(event, known.isPresent(), complaint, assignment, organisation));
    }

    /**
     * A complaint that climbed goes to the next eligible person above everyone who handled it, by the
     * chart as it is when it climbed. A complaint routing never saw climbs from the event's previous
     * assignee alone.
     */
    public AssignmentDecision nextAssignment(EventEnvelope<ComplaintEscalated> event) {
        ComplaintEscalated escalated = event.payload();
        Optional<RoutedComplaint> known = complaints.find(event.complaintId());
        Optional<RoutingDecision> kept = known.flatMap(complaint -> complaint.level(escalated.toLevel()));
        if (kept.isPresent()) {
            return resend(event, kept.get());
        }
        RoutableComplaint complaint = known.map(RoutedComplaint::complaint)
                .orElseGet(() -> unseen(event));
        Optional<RoutingDecision> previous = known.flatMap(routed -> routed.below(escalated.toLevel()));
        Set<String> handlers = new HashSet<>(known.map(RoutedComplaint::handlers).orElse(Set.of()));
        handlers.add(escalated.previousAssignee());
        ClimbStart start = previous.map(decision -> climbStart(decision, escalated.previousAssignee()))
                .orElse(ClimbStart.UNKNOWN);
        ClimbingComplaint climbing = new ClimbingComplaint(complaint, escalated.toLevel(),
                escalated.previousAssignee(), start.positionId(), start.positionsAbove(), Set.copyOf(handlers));
        EffectiveOrganisation organisation = organisations.at(escalated.escalatedAt());
        Assignment assignment = router.escalatedAssignment(organisation.version(), organisation.sla(), climbing,
                escalated.escalatedAt());
        return keep(event, known.isPresent(), complaint, assignment, organisation);
    }

    /** Intake recorded an assignment: the complaint is open with its assignee. */
    public void assigned(EventEnvelope<ComplaintAssigned> event) {
        complaints.assigned(event.complaintId(), event.sequence(), event.payload().assignee().id());
    }

    /** The complaint was answered, rejected or closed: it no longer counts against its assignee. */
    public void finished(EventEnvelope<?> event) {
        complaints.finished(event.complaintId(), event.sequence());
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

    private AssignmentDecision keep(EventEnvelope<?> event, boolean seen, RoutableComplaint complaint,
                                    Assignment assignment, EffectiveOrganisation organisation) {
        AssignmentDecision decided = AssignmentDecision.causedBy(event, assignment);
        RoutingDecision decision = new RoutingDecision(assignment.level(), event.eventId(), decided.decisionId(),
                decided.decidedAt(), assignment.assignee(), assignment.positionId(), assignment.managers(),
                assignment.managerPositionIds(), positionsAbove(organisation, assignment.positionId()),
                assignment.deadline(), assignment.via(), organisation.stored().version());
        RoutingDecision kept = complaints.record(event.complaintId(), seen, complaint, decision, event.sequence());
        if (kept.equals(decision)) {
            metrics.decided(kept.via());
        }
        return kept.toSend(event.complaintId());
    }

    private AssignmentDecision resend(EventEnvelope<?> event, RoutingDecision kept) {
        complaints.assigned(event.complaintId(), event.sequence(), kept.assignee().id());
        metrics.decisionResent();
        return kept.toSend(event.complaintId());
    }

    /**
     * A complaint submitted before routing kept anything: what it is about is not known, so it climbs
     * by the chart alone. Its category is no category's id, so only review periods that name no
     * category apply.
     */
    private RoutableComplaint unseen(EventEnvelope<ComplaintEscalated> event) {
        log.atInfo()
                .addKeyValue("complaintId", event.complaintId())
                .addKeyValue("toLevel", event.payload().toLevel())
                .log("Complaint climbed that routing has no record of; deciding from its previous assignee alone");
        return new RoutableComplaint(ComplaintKind.COMPLAINT, null, null, "");
    }

    /**
     * Where a climb starts, by who answered last: intake names whoever in the chain answered, which may
     * be the assignee, one of the managers above them, or someone standing in for one of those. Their
     * own position says nothing about the chain (a stand-in's may be anywhere, even below), so the start
     * is the position they answered in: the assignee's, the manager's, or, for a stand-in the decision
     * does not list, the assignee's, which is never above where the complaint stood.
     */
    private static ClimbStart climbStart(RoutingDecision previous, String answeredBy) {
        if (previous.assignee().id().equals(answeredBy)) {
            return new ClimbStart(previous.positionId(), previous.positionsAbove());
        }
        for (int index = 0; index < previous.managers().size(); index++) {
            if (previous.managers().get(index).id().equals(answeredBy)
                    && index < previous.managerPositionIds().size()) {
                String managerPosition = previous.managerPositionIds().get(index);
                int above = previous.positionsAbove().indexOf(managerPosition);
                return new ClimbStart(managerPosition, above < 0 ? List.of()
                        : previous.positionsAbove().subList(above + 1, previous.positionsAbove().size()));
            }
        }
        return new ClimbStart(previous.positionId(), previous.positionsAbove());
    }

    /** @param positionId {@code null} when no decision is kept: the router then starts from the answerer */
    private record ClimbStart(String positionId, List<String> positionsAbove) {
        static final ClimbStart UNKNOWN = new ClimbStart(null, List.of());
    }

    private static List<String> positionsAbove(EffectiveOrganisation organisation, String positionId) {
        List<String> above = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Optional<Position> position = positionId == null ? Optional.empty()
                : organisation.version().position(positionId);
        while (position.isPresent() && position.get().reportsTo() != null && seen.add(position.get().id())) {
            above.add(position.get().reportsTo());
            position = organisation.version().position(position.get().reportsTo());
        }
        return above;
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
                    .addKeyValue("via", decision.assignment().via())
                    .log("Assignment sent");
        }
    }
}

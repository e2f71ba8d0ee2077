package com.complaintbook.routing.application;

import com.complaintbook.contracts.Channel;
import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.contracts.EscalationReason;
import com.complaintbook.contracts.Language;
import com.complaintbook.contracts.events.ComplaintEscalated;
import com.complaintbook.contracts.events.ComplaintSubmitted;
import com.complaintbook.contracts.events.EventEnvelope;
import com.complaintbook.routing.domain.CalendarTimeSlaPolicy;
import com.complaintbook.routing.domain.DeliveryChain;
import com.complaintbook.routing.domain.Router;
import com.complaintbook.routing.domain.Workloads;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComplaintRoutingTest {

    private static final String COMPLAINT = "3f6c2a1e-8d4b-4c57-9a0e-5b7d1f2c9e41";
    private static final Workloads NO_GROUPS = new Workloads() {
        @Override
        public long openComplaints(String personId) {
            throw new AssertionError("no groups here");
        }

        @Override
        public long nextTicket(String groupId) {
            throw new AssertionError("no groups here");
        }
    };

    private final List<AssignmentDecision> published = new ArrayList<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private Publication publication = () -> { };
    private final ComplaintRouting routing = new ComplaintRouting(new Router(NO_GROUPS), DeliveryChain.version(),
            new CalendarTimeSlaPolicy(Duration.ofDays(3), Duration.ofDays(10), Duration.ofDays(2)), decisions -> {
        published.addAll(decisions);
        return publication;
    }, new RoutingMetrics(meters));

    @Test
    void givenASubmittedEvent_whenDecided_thenTheDecisionIsNamedAndDatedAfterTheEvent() {
        EventEnvelope<ComplaintSubmitted> event = submitted("0b9f3a52-7c1d-4e8a-b6f2-1d3c5e7a9b01");

        AssignmentDecision decision = routing.firstAssignment(event);

        assertThat(decision.decisionId()).isEqualTo(UUID.nameUUIDFromBytes(
                ("AssignComplaint:" + event.eventId()).getBytes(StandardCharsets.UTF_8)).toString());
        assertThat(decision.complaintId()).isEqualTo(COMPLAINT);
        assertThat(decision.decidedAt()).isEqualTo(event.occurredAt());
        assertThat(decision.assignment().assignee().id()).isEqualTo("e-delivery-lead");
        assertThat(decision.assignment().deadline()).isEqualTo(Instant.parse("2026-11-23T09:15:30Z"));
    }

    @Test
    void givenTheSameEventTwice_whenDecided_thenBothDecisionsAreIdentical() {
        AssignmentDecision first = routing.firstAssignment(submitted("0b9f3a52-7c1d-4e8a-b6f2-1d3c5e7a9b01"));
        AssignmentDecision second = routing.firstAssignment(submitted("0b9f3a52-7c1d-4e8a-b6f2-1d3c5e7a9b01"));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void givenTwoDifferentEvents_whenDecided_thenTheDecisionsHaveDifferentIds() {
        AssignmentDecision first = routing.firstAssignment(submitted("0b9f3a52-7c1d-4e8a-b6f2-1d3c5e7a9b01"));
        AssignmentDecision second = routing.firstAssignment(submitted("9a1f3a52-7c1d-4e8a-b6f2-1d3c5e7a9b02"));

        assertThat(first.decisionId()).isNotEqualTo(second.decisionId());
    }

    @Test
    void givenAnEscalationFromTheCeo_whenDecided_thenTheCeoKeepsItWithNobodyAbove() {
        AssignmentDecision decision = routing.nextAssignment(escalated("ceo"));

        assertThat(decision.assignment().assignee().id()).isEqualTo("ceo");
        assertThat(decision.assignment().via()).isEqualTo("top");
        assertThat(decision.assignment().managers()).isEmpty();
    }

    @Test
    void givenAnEscalationFromAManager_whenDecided_thenTheirManagerIsAssignedAtTheNewLevel() {
        AssignmentDecision decision = routing.nextAssignment(escalated("m-logistics"));

        assertThat(decision.assignment().level()).isEqualTo(1);
        assertThat(decision.assignment().assignee().id()).isEqualTo("d-operations");
        assertThat(decision.assignment().deadline()).isEqualTo(Instant.parse("2026-11-27T09:16:00Z"));
    }

    @Test
    void givenDecisions_whenSent_thenTheyArePublishedInOrderAndCountedPerLevel() {
        AssignmentDecision first = routing.firstAssignment(submitted("0b9f3a52-7c1d-4e8a-b6f2-1d3c5e7a9b01"));
        AssignmentDecision next = routing.nextAssignment(escalated("e-delivery-lead"));

        routing.send(List.of(first, next));

        assertThat(published).containsExactly(first, next);
        assertThat(meters.counter("complaintbook.routing.assignments.decided", "level", "0").count()).isEqualTo(1);
        assertThat(meters.counter("complaintbook.routing.assignments.decided", "level", "1").count()).isEqualTo(1);
    }

    @Test
    void givenAPublicationThatFailsAtTheSecondDecision_whenSent_thenOnlyTheFirstIsCountedAndTheFailurePassesOn() {
        AssignmentDecision first = routing.firstAssignment(submitted("0b9f3a52-7c1d-4e8a-b6f2-1d3c5e7a9b01"));
        AssignmentDecision next = routing.nextAssignment(escalated("e-delivery-lead"));
        AssignmentsNotPublishedException notPublished =
                new AssignmentsNotPublishedException("not acknowledged", 1, new IllegalStateException("broker away"));
        publication = () -> {
            throw notPublished;
        };

        assertThatThrownBy(() -> routing.send(List.of(first, next))).isSameAs(notPublished);

        assertThat(meters.counter("complaintbook.routing.assignments.decided", "level", "0").count()).isEqualTo(1);
        assertThat(meters.counter("complaintbook.routing.assignments.decided", "level", "1").count()).isZero();
    }

    private static EventEnvelope<ComplaintSubmitted> submitted(String eventId) {
        Instant at = Instant.parse("2026-11-20T09:15:30Z");
        return new EventEnvelope<>(eventId, COMPLAINT, 0, "ComplaintSubmitted", 1, at,
                new ComplaintSubmitted(COMPLAINT, ComplaintKind.COMPLAINT, Channel.TERMINAL, "kyiv-001", "delivery",
                        "Late and scratched.", null, Language.UK, at, "KB-26-000001"));
    }

    private static EventEnvelope<ComplaintEscalated> escalated(String previousAssignee) {
        Instant at = Instant.parse("2026-11-25T09:16:00Z");
        return new EventEnvelope<>("4fb17e96-b051-4c2e-9ab6-517a9cbe3f45", COMPLAINT, 2, "ComplaintEscalated", 1, at,
                new ComplaintEscalated(COMPLAINT, 0, 1, EscalationReason.DEADLINE_MISSED, previousAssignee, null, at, null,
                        at.minusSeconds(30)));
    }
}

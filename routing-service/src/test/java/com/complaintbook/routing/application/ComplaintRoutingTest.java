package com.complaintbook.routing.application;

import com.complaintbook.contracts.Channel;
import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.contracts.EscalationReason;
import com.complaintbook.contracts.Language;
import com.complaintbook.contracts.events.ComplaintEscalated;
import com.complaintbook.contracts.events.ComplaintSubmitted;
import com.complaintbook.contracts.events.EventEnvelope;
import com.complaintbook.routing.domain.BusinessTimeSlaPolicy;
import com.complaintbook.routing.domain.Router;
import com.complaintbook.routing.domain.organisation.Absence;
import com.complaintbook.routing.domain.organisation.Organisation;
import com.complaintbook.routing.domain.organisation.Person;
import com.complaintbook.routing.domain.organisation.ResponsibilityRule;
import com.complaintbook.routing.domain.organisation.Target;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComplaintRoutingTest {

    private static final Instant IMPORTED = Instant.parse("2026-11-30T08:00:00Z");
    /** A Tuesday, in working hours in Kyiv. */
    private static final Instant SUBMITTED = Instant.parse("2026-12-01T09:15:30Z");

    private final List<AssignmentDecision> published = new ArrayList<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final InMemoryOrganisationStore store = new InMemoryOrganisationStore();
    private final InMemoryRoutedComplaints complaints = new InMemoryRoutedComplaints();
    private final OrganisationHistory history =
            new OrganisationHistory(store, version -> BusinessTimeSlaPolicy.of(version.organisation()));
    private final RoutingMetrics metrics = new RoutingMetrics(meters);
    private Publication publication = () -> { };
    private final ComplaintRouting routing = new ComplaintRouting(history, complaints, new Router(complaints),
            decisions -> {
                published.addAll(decisions);
                return publication;
            }, metrics);
    private final Organisation organisation = TestOrganisation.organisation();

    @BeforeEach
    void importTheOrganisation() {
        importAt(organisation, IMPORTED);
    }

    @Test
    void givenASubmittedEvent_whenDecided_thenTheDecisionIsNamedAndDatedAfterTheEventAndKept() {
        EventEnvelope<ComplaintSubmitted> event = submitted("c-1", "event-1", "delivery");

        AssignmentDecision decision = routing.firstAssignment(event).orElseThrow();

        assertThat(decision.decisionId()).isEqualTo(UUID.nameUUIDFromBytes(
                ("AssignComplaint:" + event.eventId()).getBytes(StandardCharsets.UTF_8)).toString());
        assertThat(decision.decidedAt()).isEqualTo(event.occurredAt());
        assertThat(decision.assignment().assignee().id()).isEqualTo("e-delivery-lead");
        assertThat(decision.assignment().assignee().language()).isEqualTo(Language.UK);
        assertThat(decision.assignment().via()).isEqualTo("rule:delivery");
        assertThat(decision.assignment().managers()).extracting(employee -> employee.id())
                .containsExactly("m-logistics", "d-operations", "ceo");
        assertThat(decision.assignment().deadline()).as("three working days, closing time in Kyiv")
                .isEqualTo(Instant.parse("2026-12-04T16:00:00Z"));
        RoutingDecision kept = complaints.find("c-1").orElseThrow().level(0).orElseThrow();
        assertThat(kept.organisationVersion()).isEqualTo(1);
        assertThat(kept.positionsAbove()).containsExactly("logistics-head", "operations-director", "ceo");
        assertThat(complaints.openComplaints(List.of("e-delivery-lead"))).containsEntry("e-delivery-lead", 1L);
        assertThat(meters.counter("complaintbook.routing.decisions", "via", "rule:delivery").count()).isEqualTo(1);
    }

    @Test
    void givenTheSameEventTwice_whenDecided_thenOneDecisionIsKeptAndResentIdentically() {
        AssignmentDecision first = routing.firstAssignment(submitted("c-1", "event-1", "delivery")).orElseThrow();
        AssignmentDecision second = routing.firstAssignment(submitted("c-1", "event-1", "delivery")).orElseThrow();

        assertThat(second).isEqualTo(first);
        assertThat(complaints.find("c-1").orElseThrow().levels()).hasSize(1);
        assertThat(meters.counter("complaintbook.routing.decisions", "via", "rule:delivery").count()).isEqualTo(1);
        assertThat(meters.counter("complaintbook.routing.decisions.resent").count()).isEqualTo(1);
    }

    @Test
    void givenTheOrganisationChangedSinceTheDecision_whenTheEventIsReplayed_thenTheSameAssigneeIsResent() {
        AssignmentDecision first = routing.firstAssignment(submitted("c-1", "event-1", "delivery")).orElseThrow();
        importAt(withDeliveryTo("e-customer-care"), SUBMITTED.minusSeconds(60));

        AssignmentDecision replayed = routing.firstAssignment(submitted("c-1", "event-1", "delivery")).orElseThrow();

        assertThat(replayed).isEqualTo(first);
        assertThat(routing.firstAssignment(submitted("c-2", "event-2", "delivery")).orElseThrow().assignment().assignee().id())
                .as("a new complaint follows the new version").isEqualTo("e-customer-care");
    }

    @Test
    void givenAComplaintDecidedAtLevelZero_whenItClimbs_thenTheNextPersonUpTakesItAndTheClimbIsKept() {
        routing.firstAssignment(submitted("c-1", "event-1", "delivery")).orElseThrow();

        AssignmentDecision climbed = routing.nextAssignment(escalated("c-1", "event-3", 1, "e-delivery-lead"));

        assertThat(climbed.assignment().level()).isEqualTo(1);
        assertThat(climbed.assignment().assignee().id()).isEqualTo("m-logistics");
        assertThat(climbed.assignment().positionId()).isEqualTo("logistics-head");
        assertThat(routing.nextAssignment(escalated("c-1", "event-3", 1, "e-delivery-lead"))).isEqualTo(climbed);
        assertThat(complaints.find("c-1").orElseThrow().handlers())
                .containsExactlyInAnyOrder("e-delivery-lead", "m-logistics");
    }

    @Test
    void givenAManagerAboveTheAssigneeAnswered_whenItClimbs_thenItStartsAboveThatManager() {
        routing.firstAssignment(submitted("c-1", "event-1", "delivery")).orElseThrow();

        AssignmentDecision climbed = routing.nextAssignment(escalated("c-1", "event-3", 1, "m-logistics"));

        assertThat(climbed.assignment().assignee().id()).isEqualTo("d-operations");
        assertThat(climbed.assignment().positionId()).isEqualTo("operations-director");
    }

    @Test
    void givenAnActingManagerWhoseOwnPositionIsBelowAnswered_whenItClimbs_thenItStartsAboveThePositionTheyActedFor() {
        importAt(withAbsence("d-operations", "desk-a"), IMPORTED.plusSeconds(60));
        AssignmentDecision first = routing.firstAssignment(submitted("c-1", "event-1", "delivery")).orElseThrow();
        assertThat(first.assignment().managers()).extracting(employee -> employee.id())
                .containsExactly("m-logistics", "desk-a", "ceo");

        AssignmentDecision climbed = routing.nextAssignment(escalated("c-1", "event-3", 1, "desk-a"));

        assertThat(climbed.assignment().assignee().id()).as("never below: desk-a's own manager is the store's")
                .isEqualTo("ceo");
        assertThat(climbed.assignment().positionId()).isEqualTo("ceo");
    }

    @Test
    void givenAStandInTheDecisionDoesNotListAnswered_whenItClimbs_thenItStartsAboveTheAssigneesPositionNotSideways() {
        routing.firstAssignment(submitted("c-1", "event-1", "delivery")).orElseThrow();
        importAt(withAbsence("m-logistics", "desk-b"), SUBMITTED.plusSeconds(60));

        AssignmentDecision climbed = routing.nextAssignment(escalated("c-1", "event-3", 1, "desk-b"));

        assertThat(climbed.assignment().assignee().id())
                .as("desk-b stood in for the head of logistics and handled it; the director is next")
                .isEqualTo("d-operations");
    }

    @Test
    void givenAComplaintRoutingNeverSaw_whenItClimbs_thenItClimbsFromThePreviousAssigneesPosition() {
        AssignmentDecision climbed = routing.nextAssignment(escalated("c-old", "event-9", 1, "e-delivery-lead"));

        assertThat(climbed.assignment().assignee().id()).isEqualTo("m-logistics");
    }

    @Test
    void givenAComplaintFirstMetAtAClimb_whenItsSubmissionIsReplayed_thenNothingIsDecidedNoTicketTakenNoHandlerAdded() {
        routing.nextAssignment(escalated("c-old", "event-9", 1, "e-delivery-lead"));

        assertThat(routing.firstAssignment(submitted("c-old", "event-1", "pricing"))).isEmpty();

        RoutedComplaint kept = complaints.find("c-old").orElseThrow();
        assertThat(kept.levels()).extracting(RoutingDecision::level).containsExactly(1);
        assertThat(kept.handlers()).containsExactly("m-logistics");
        assertThat(complaints.nextTicket("kyiv-001-service-desk")).as("no ticket was taken").isZero();
    }

    @Test
    void givenSixComplaintsForTheServiceDesk_whenDecided_thenEachMemberTakesTwo() {
        Map<String, Long> taken = IntStream.range(0, 6)
                .mapToObj(index -> routing.firstAssignment(submitted("c-" + index, "event-" + index, "pricing")).orElseThrow())
                .collect(Collectors.groupingBy(decision -> decision.assignment().assignee().id(),
                        Collectors.counting()));

        assertThat(taken).containsOnly(Map.entry("desk-a", 2L), Map.entry("desk-b", 2L), Map.entry("desk-c", 2L));
    }

    @Test
    void givenAnAnsweredComplaint_whenTheDeskIsBalanced_thenItNoLongerCountsAgainstItsAssignee() {
        AssignmentDecision first = routing.firstAssignment(submitted("c-1", "event-1", "pricing")).orElseThrow();
        String busy = first.assignment().assignee().id();
        routing.finished(new EventEnvelope<>("event-answer", "c-1", 2, "ComplaintAnswered", 1, SUBMITTED, null));

        assertThat(complaints.openComplaints(List.of(busy))).containsEntry(busy, 0L);
    }

    @Test
    void givenNoOrganisation_whenAnEventIsDecided_thenItWaits() {
        OrganisationHistory empty = new OrganisationHistory(new InMemoryOrganisationStore(), version -> null);
        ComplaintRouting unorganised = new ComplaintRouting(empty, complaints, new Router(complaints),
                decisions -> publication, metrics);

        assertThatThrownBy(() -> unorganised.firstAssignment(submitted("c-1", "event-1", "delivery")))
                .isInstanceOf(NoOrganisationException.class);
    }

    @Test
    void givenDecisions_whenSent_thenTheyArePublishedInOrderAndCountedPerLevel() {
        AssignmentDecision first = routing.firstAssignment(submitted("c-1", "event-1", "delivery")).orElseThrow();
        AssignmentDecision next = routing.nextAssignment(escalated("c-1", "event-3", 1, "e-delivery-lead"));

        routing.send(List.of(first, next));

        assertThat(published).containsExactly(first, next);
        assertThat(meters.counter("complaintbook.routing.assignments.decided", "level", "0").count()).isEqualTo(1);
        assertThat(meters.counter("complaintbook.routing.assignments.decided", "level", "1").count()).isEqualTo(1);
    }

    @Test
    void givenAPublicationThatFailsAtTheSecondDecision_whenSent_thenOnlyTheFirstIsCountedAndTheFailurePassesOn() {
        AssignmentDecision first = routing.firstAssignment(submitted("c-1", "event-1", "delivery")).orElseThrow();
        AssignmentDecision next = routing.nextAssignment(escalated("c-1", "event-3", 1, "e-delivery-lead"));
        AssignmentsNotPublishedException notPublished =
                new AssignmentsNotPublishedException("not acknowledged", 1, new IllegalStateException("broker away"));
        publication = () -> {
            throw notPublished;
        };

        assertThatThrownBy(() -> routing.send(List.of(first, next))).isSameAs(notPublished);

        assertThat(meters.counter("complaintbook.routing.assignments.decided", "level", "0").count()).isEqualTo(1);
        assertThat(meters.counter("complaintbook.routing.assignments.decided", "level", "1").count()).isZero();
    }

    private void importAt(Organisation document, Instant at) {
        new OrganisationImport(store, history, Clock.fixed(at, ZoneOffset.UTC), metrics)
                .importDocument(TestOrganisation.request(document));
    }

    /** {@code personId} away from before the complaints until long after, {@code actingId} standing in. */
    private Organisation withAbsence(String personId, String actingId) {
        Absence away = new Absence(IMPORTED, SUBMITTED.plusSeconds(86_400 * 30), actingId);
        return new Organisation(organisation.effectiveFrom(), organisation.staff().stream()
                .map(person -> person.id().equals(personId)
                        ? new Person(person.id(), person.name(), person.email(), person.language(), List.of(away))
                        : person)
                .toList(), organisation.departments(),
                organisation.positions(), organisation.divisions(), organisation.regions(), organisation.calendars(),
                organisation.stores(), organisation.groups(), organisation.categories(), organisation.rules(),
                organisation.defaultOwner(), organisation.sla(), organisation.defaultCalendar(),
                organisation.defaultTimeZone());
    }

    private Organisation withDeliveryTo(String personId) {
        Function<ResponsibilityRule, ResponsibilityRule> redirect = rule -> "delivery".equals(rule.id())
                ? new ResponsibilityRule(rule.id(), rule.kind(), rule.category(), rule.store(), rule.region(),
                rule.channel(), new Target(personId, null, null, null))
                : rule;
        return new Organisation(organisation.effectiveFrom(), organisation.staff(), organisation.departments(),
                organisation.positions(), organisation.divisions(), organisation.regions(), organisation.calendars(),
                organisation.stores(), organisation.groups(), organisation.categories(),
                organisation.rules().stream().map(redirect).toList(), organisation.defaultOwner(), organisation.sla(),
                organisation.defaultCalendar(), organisation.defaultTimeZone());
    }

    private static EventEnvelope<ComplaintSubmitted> submitted(String complaintId, String eventId, String category) {
        return new EventEnvelope<>(eventId, complaintId, 0, "ComplaintSubmitted", 1, SUBMITTED,
                new ComplaintSubmitted(complaintId, ComplaintKind.COMPLAINT, Channel.TERMINAL, "kyiv-001", category,
                        "Late and scratched.", null, Language.UK, SUBMITTED, "KB-26-000001"));
    }

    private static EventEnvelope<ComplaintEscalated> escalated(String complaintId, String eventId, int toLevel,
                                                               String previousAssignee) {
        Instant at = SUBMITTED.plusSeconds(86_400 * 4);
        return new EventEnvelope<>(eventId, complaintId, 2, "ComplaintEscalated", 1, at,
                new ComplaintEscalated(complaintId, toLevel - 1, toLevel, EscalationReason.DEADLINE_MISSED,
                        previousAssignee, null, at, null, null));
    }
}

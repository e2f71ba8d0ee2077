package com.complaintbook.routing.adapters.out.mongo;

import com.complaintbook.contracts.Channel;
import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.contracts.Language;
import com.complaintbook.kit.test.InMemoryMongo;
import com.complaintbook.routing.application.RoutedComplaint;
import com.complaintbook.routing.application.RoutingDecision;
import com.complaintbook.routing.domain.Employee;
import com.complaintbook.routing.domain.RoutableComplaint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Kept decisions, open counts and group tickets against a real MongoDB wire-protocol server. */
class MongoRoutedComplaintsIT {

    private static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");
    private static final RoutableComplaint PRICING =
            new RoutableComplaint(ComplaintKind.COMPLAINT, Channel.TERMINAL, "kyiv-001", "pricing");
    private static final Employee DESK_A = new Employee("desk-a", "Anna Marchenko", "anna@retail.example", Language.UK);
    private static final Employee DESK_B = new Employee("desk-b", "Bohdan Shevchuk", "bohdan@retail.example", null);
    private static final Employee MANAGER = new Employee("e-store-supervisor", "Natalia Lysenko", "natalia@retail.example", Language.RU);

    @RegisterExtension
    static final InMemoryMongo MONGO = new InMemoryMongo();

    private MongoRoutedComplaints complaints;

    @BeforeEach
    void freshStore() {
        complaints = new MongoRoutedComplaints(MONGO.freshDatabase("routing"));
        assertThat(complaints.createIndexes()).isTrue();
    }

    @Test
    void givenNoRecord_whenADecisionIsKept_thenItReadsBackWithWhatTheComplaintIsAbout() {
        RoutingDecision decision = decision(0, DESK_A, "event-1");

        assertThat(complaints.record("c-1", false, PRICING, decision, 1)).isEqualTo(decision);

        RoutedComplaint routed = complaints.find("c-1").orElseThrow();
        assertThat(routed.complaint()).isEqualTo(PRICING);
        assertThat(routed.level(0)).contains(decision);
        assertThat(routed.handlers()).containsExactly("desk-a");
        assertThat(routed.open()).isTrue();
        assertThat(routed.current()).isEqualTo("desk-a");
        assertThat(routed.lastSequence()).isEqualTo(1);
    }

    @Test
    void givenAFinishedComplaintThoughtUnseen_whenAnOlderEventsDecisionIsOffered_thenTheRecordsDecisionStandsAndItIsNotReopened() {
        RoutingDecision first = decision(0, DESK_A, "event-1");
        complaints.record("c-1", false, PRICING, first, 1);
        complaints.finished("c-1", 2);

        assertThat(complaints.record("c-1", false, PRICING, decision(0, DESK_B, "event-1"), 1)).isEqualTo(first);

        RoutedComplaint routed = complaints.find("c-1").orElseThrow();
        assertThat(routed.levels()).containsExactly(first);
        assertThat(routed.open()).as("an older event does not reopen it").isFalse();
        assertThat(routed.lastSequence()).isEqualTo(2);
    }

    @Test
    void givenARecordThoughtSeen_whenThereIsNone_thenItIsCreated() {
        RoutingDecision decision = decision(0, DESK_A, "event-1");

        assertThat(complaints.record("c-1", true, PRICING, decision, 1)).isEqualTo(decision);

        assertThat(complaints.find("c-1").orElseThrow().level(0)).contains(decision);
        assertThat(complaints.openComplaints(List.of("desk-a"))).containsEntry("desk-a", 1L);
    }

    @Test
    void givenADecisionForTheLevel_whenAnotherIsOffered_thenTheFirstIsKeptAndReturned() {
        RoutingDecision first = decision(0, DESK_A, "event-1");
        complaints.record("c-1", false, PRICING, first, 1);

        assertThat(complaints.record("c-1", true, PRICING, decision(0, DESK_B, "event-1"), 1)).isEqualTo(first);

        assertThat(complaints.find("c-1").orElseThrow().levels()).containsExactly(first);
    }

    @Test
    void givenTwoDeliveriesDecidingAtOnce_whenKept_thenExactlyOneDecisionWinsAndBothSeeIt() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<RoutingDecision>> kept = IntStream.range(0, 8)
                    .mapToObj(delivery -> pool.submit(() -> complaints.record("c-race", delivery % 3 == 0, PRICING,
                            decision(0, delivery % 2 == 0 ? DESK_A : DESK_B, "event-" + delivery), 1)))
                    .toList();
            Set<RoutingDecision> seen = ConcurrentHashMap.newKeySet();
            for (Future<RoutingDecision> future : kept) {
                seen.add(future.get());
            }
            assertThat(seen).hasSize(1);
            RoutedComplaint routed = complaints.find("c-race").orElseThrow();
            assertThat(routed.levels()).containsExactlyElementsOf(seen);
            assertThat(routed.current()).as("open with the kept decision's assignee")
                    .isEqualTo(seen.iterator().next().assignee().id());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void givenLevelZero_whenTheNextLevelIsKept_thenBothLevelsAndHandlersAreThere() {
        complaints.record("c-1", false, PRICING, decision(0, DESK_A, "event-1"), 1);
        RoutingDecision climbed = decision(1, MANAGER, "event-3");

        complaints.record("c-1", true, PRICING, climbed, 3);

        RoutedComplaint routed = complaints.find("c-1").orElseThrow();
        assertThat(routed.levels()).hasSize(2);
        assertThat(routed.below(1)).contains(decision(0, DESK_A, "event-1"));
        assertThat(routed.handlers()).containsExactlyInAnyOrder("desk-a", "e-store-supervisor");
        assertThat(routed.current()).isEqualTo("e-store-supervisor");
        assertThat(routed.lastSequence()).isEqualTo(3);
    }

    @Test
    void givenAssignmentsAndAnswers_whenCounted_thenOnlyOpenComplaintsCountAgainstTheirAssignee() {
        complaints.assigned("c-1", 1, "desk-a");
        complaints.assigned("c-2", 1, "desk-a");
        complaints.assigned("c-3", 1, "desk-b");
        complaints.finished("c-2", 2);

        assertThat(complaints.openComplaints(List.of("desk-a", "desk-b", "desk-c")))
                .isEqualTo(Map.of("desk-a", 1L, "desk-b", 1L, "desk-c", 0L));
    }

    @Test
    void givenAnAnsweredComplaint_whenItsOlderAssignmentArrivesAgain_thenItStaysAnswered() {
        complaints.assigned("c-1", 1, "desk-a");
        complaints.finished("c-1", 2);

        complaints.assigned("c-1", 1, "desk-a");

        RoutedComplaint routed = complaints.find("c-1").orElseThrow();
        assertThat(routed.open()).isFalse();
        assertThat(routed.lastSequence()).isEqualTo(2);
    }

    @Test
    void givenAnAnsweredComplaint_whenItClimbs_thenItIsOpenWithTheNewAssignee() {
        complaints.assigned("c-1", 1, "desk-a");
        complaints.finished("c-1", 2);

        complaints.assigned("c-1", 4, "e-store-supervisor");

        assertThat(complaints.openComplaints(List.of("desk-a", "e-store-supervisor")))
                .isEqualTo(Map.of("desk-a", 0L, "e-store-supervisor", 1L));
    }

    @Test
    void givenAGroup_whenTicketsAreTakenConcurrently_thenEachNumberIsTakenOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Long>> tickets = IntStream.range(0, 40)
                    .mapToObj(take -> pool.submit(() -> complaints.nextTicket("kyiv-001-service-desk")))
                    .toList();
            Set<Long> taken = ConcurrentHashMap.newKeySet();
            for (Future<Long> ticket : tickets) {
                taken.add(ticket.get());
            }
            assertThat(taken).hasSize(40).contains(0L, 39L);
            assertThat(complaints.nextTicket("another-group")).isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    private static RoutingDecision decision(int level, Employee assignee, String eventId) {
        return new RoutingDecision(level, eventId, "decision-" + eventId, AT, assignee, assignee.id() + "-position",
                List.of(MANAGER), List.of("kyiv-001-manager"), List.of("kyiv-001-manager", "ceo"),
                AT.plusSeconds(3600), level == 0 ? "rule:kyiv-001-desk" : "climb", 3);
    }
}

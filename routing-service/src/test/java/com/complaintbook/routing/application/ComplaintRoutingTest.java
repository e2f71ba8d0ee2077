package com.complaintbook.routing.application;

import com.complaintbook.contracts.Channel;
import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.contracts.EscalationReason;
import com.complaintbook.contracts.Language;
import com.complaintbook.contracts.events.ComplaintEscalated;
import com.complaintbook.contracts.events.ComplaintSubmitted;
import com.complaintbook.contracts.events.EventEnvelope;
import com.complaintbook.routing.domain.CalendarSlaPolicy;
import com.complaintbook.routing.domain.CategoryResponsibilityTable;
import com.complaintbook.routing.domain.Employee;
import com.complaintbook.routing.domain.OrgChart;
import com.complaintbook.routing.domain.Router;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ComplaintRoutingTest {

    private static final String COMPLAINT = "3f6c2a1e-8d4b-4c57-9a0e-5b7d1f2c9e41";

    private final List<AssignmentDecision> sent = new ArrayList<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ComplaintRouting routing = new ComplaintRouting(router(), sent::add, new RoutingMetrics(meters));

    @Test
    void givenASubmittedEvent_whenRouted_thenTheDecisionIsNamedAndDatedAfterTheEvent() {
        EventEnvelope<ComplaintSubmitted> event = submitted("0b9f3a52-7c1d-4e8a-b6f2-1d3c5e7a9b01");

        routing.complaintSubmitted(event);

        assertThat(sent).singleElement().satisfies(decision -> {
            assertThat(decision.decisionId()).isEqualTo(UUID.nameUUIDFromBytes(
                    ("AssignComplaint:" + event.eventId()).getBytes(StandardCharsets.UTF_8)).toString());
            assertThat(decision.complaintId()).isEqualTo(COMPLAINT);
            assertThat(decision.decidedAt()).isEqualTo(event.occurredAt());
            assertThat(decision.assignment().assignee().id()).isEqualTo("e-delivery-lead");
            assertThat(decision.assignment().deadline()).isEqualTo(Instant.parse("2026-11-23T09:15:30Z"));
        });
        assertThat(meters.counter("complaintbook.routing.assignments.decided", "level", "0").count()).isEqualTo(1);
    }

    @Test
    void givenTheSameEventTwice_whenRouted_thenBothDecisionsAreIdentical() {
        routing.complaintSubmitted(submitted("0b9f3a52-7c1d-4e8a-b6f2-1d3c5e7a9b01"));
        routing.complaintSubmitted(submitted("0b9f3a52-7c1d-4e8a-b6f2-1d3c5e7a9b01"));

        assertThat(sent).hasSize(2);
        assertThat(sent.get(1)).isEqualTo(sent.get(0));
    }

    @Test
    void givenTwoDifferentEvents_whenRouted_thenTheDecisionsHaveDifferentIds() {
        routing.complaintSubmitted(submitted("0b9f3a52-7c1d-4e8a-b6f2-1d3c5e7a9b01"));
        routing.complaintSubmitted(submitted("9a1f3a52-7c1d-4e8a-b6f2-1d3c5e7a9b02"));

        assertThat(sent.get(0).decisionId()).isNotEqualTo(sent.get(1).decisionId());
    }

    @Test
    void givenAnEscalationFromTheCeo_whenRouted_thenNothingIsSentAndItIsCounted() {
        routing.complaintEscalated(escalated("ceo"));

        assertThat(sent).isEmpty();
        assertThat(meters.counter("complaintbook.routing.escalations.unroutable").count()).isEqualTo(1);
    }

    @Test
    void givenAnEscalationFromAManager_whenRouted_thenTheirManagerIsAssignedAtTheNewLevel() {
        routing.complaintEscalated(escalated("m-logistics"));

        assertThat(sent).singleElement().satisfies(decision -> {
            assertThat(decision.assignment().level()).isEqualTo(1);
            assertThat(decision.assignment().assignee().id()).isEqualTo("d-operations");
            assertThat(decision.assignment().deadline()).isEqualTo(Instant.parse("2026-11-27T09:16:00Z"));
        });
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
                new ComplaintEscalated(COMPLAINT, 0, 1, EscalationReason.DEADLINE_MISSED, previousAssignee, null, at));
    }

    private static Router router() {
        OrgChart chart = OrgChart.of(List.of(
                new Employee("ceo", "Taras Bondarenko", "taras.bondarenko@retail.example", null),
                new Employee("d-operations", "Maria Kovalenko", "maria.kovalenko@retail.example", "ceo"),
                new Employee("m-logistics", "Oksana Tkachenko", "oksana.tkachenko@retail.example", "d-operations"),
                new Employee("e-delivery-lead", "Ivan Petrenko", "ivan.petrenko@retail.example", "m-logistics")));
        return new Router(chart, new CategoryResponsibilityTable(chart, Map.of("delivery", "e-delivery-lead"), "m-logistics"),
                new CalendarSlaPolicy(Duration.ofDays(3), Duration.ofDays(10), Duration.ofDays(2)));
    }
}

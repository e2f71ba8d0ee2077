package com.complaintbook.routing.domain;

import com.complaintbook.contracts.Channel;
import com.complaintbook.contracts.ComplaintKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RouterTest {

    private static final Instant SUBMITTED_AT = Instant.parse("2026-11-20T09:15:30Z");
    private static final Instant ESCALATED_AT = Instant.parse("2026-11-23T09:16:00Z");

    private final Router router = new Router(RetailOrganisation.orgChart(), RetailOrganisation.responsibilities(),
            new CalendarTimeSlaPolicy(Duration.ofDays(3), Duration.ofDays(10), Duration.ofDays(2)));

    @Test
    void givenADeliveryComplaint_whenFirstAssigned_thenTheDeliveryLeadHasItAtLevelZeroForThreeDays() {
        Assignment assignment = router.firstAssignment(
                new RoutableComplaint(ComplaintKind.COMPLAINT, Channel.TERMINAL, "kyiv-001", "delivery"), SUBMITTED_AT);

        assertThat(assignment.level()).isZero();
        assertThat(assignment.assignee().id()).isEqualTo("e-delivery-lead");
        assertThat(assignment.managers()).extracting(Employee::id).containsExactly("m-logistics", "d-operations", "ceo");
        assertThat(assignment.deadline()).isEqualTo(Instant.parse("2026-11-23T09:15:30Z"));
    }

    @Test
    void givenAComplaintEscalatedFromTheDeliveryLead_whenReassigned_thenTheirManagerHasItForTwoDays() {
        Assignment assignment = router.escalatedAssignment("e-delivery-lead", 1, ESCALATED_AT).orElseThrow();

        assertThat(assignment.level()).isEqualTo(1);
        assertThat(assignment.assignee().id()).isEqualTo("m-logistics");
        assertThat(assignment.managers()).extracting(Employee::id).containsExactly("d-operations", "ceo");
        assertThat(assignment.deadline()).isEqualTo(Instant.parse("2026-11-25T09:16:00Z"));
    }

    @Test
    void givenAComplaintEscalatedFromADirector_whenReassigned_thenTheCeoHasItWithNoOneAbove() {
        Assignment assignment = router.escalatedAssignment("d-commerce", 3, ESCALATED_AT).orElseThrow();

        assertThat(assignment.assignee().id()).isEqualTo("ceo");
        assertThat(assignment.managers()).isEmpty();
    }

    @Test
    void givenAComplaintEscalatedFromTheCeo_whenReassigned_thenThereIsNoOneToAssign() {
        assertThat(router.escalatedAssignment("ceo", 4, ESCALATED_AT)).isEmpty();
    }

    @Test
    void givenAnEscalationFromAnEmployeeTheChartForgot_whenReassigned_thenRefused() {
        assertThatThrownBy(() -> router.escalatedAssignment("e-left-the-company", 1, ESCALATED_AT))
                .isInstanceOf(UnknownEmployeeException.class);
    }
}

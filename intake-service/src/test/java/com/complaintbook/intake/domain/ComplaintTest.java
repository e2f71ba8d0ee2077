package com.complaintbook.intake.domain;

import com.complaintbook.contracts.Channel;
import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.contracts.CustomerContact;
import com.complaintbook.contracts.EscalationReason;
import com.complaintbook.contracts.Language;
import com.complaintbook.contracts.StaffMember;
import com.complaintbook.contracts.events.ComplaintAssigned;
import com.complaintbook.contracts.events.ComplaintEscalated;
import com.complaintbook.contracts.events.ComplaintSubmitted;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComplaintTest {

    private static final String ID = "c-1";
    private static final Instant SUBMITTED_AT = Instant.parse("2026-11-20T09:00:00Z");
    private static final Instant DEADLINE = SUBMITTED_AT.plus(Duration.ofDays(3));
    private static final StaffMember CLERK = new StaffMember("e-delivery-lead", "Ivan Petrenko", "ivan@retail.example");
    private static final StaffMember MANAGER = new StaffMember("m-logistics", "Oksana Tkachenko", "oksana@retail.example");
    private static final StaffMember CEO = new StaffMember("ceo", "Taras Bondarenko", "ceo@retail.example");

    private AggregateTestFixture<Complaint> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Complaint.class);
    }

    @Test
    void givenNothing_whenSubmitted_thenTheStreamStartsWithTheSubmission() {
        CustomerContact contact = new CustomerContact("Olena", "olena@example.com", null);

        fixture.givenNoPriorActivity()
                .when(new SubmitComplaint(ID, ComplaintKind.COMPLAINT, Channel.TERMINAL, "kyiv-001", "delivery",
                        "Late and scratched", contact, Language.UK, SUBMITTED_AT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ComplaintSubmitted(ID, ComplaintKind.COMPLAINT, Channel.TERMINAL, "kyiv-001",
                        "delivery", "Late and scratched", contact, Language.UK, SUBMITTED_AT));
    }

    @Test
    void givenSubmitted_whenRoutingAssignsLevelZero_thenAssignedWithTheDeadline() {
        fixture.given(submitted())
                .when(assign(CLERK, 0, List.of(MANAGER, CEO)))
                .expectEvents(assigned(CLERK, 0, List.of(MANAGER, CEO)));
    }

    @Test
    void givenAssigned_whenTheSameAssignmentIsRedelivered_thenNothingHappens() {
        fixture.given(submitted(), assigned(CLERK, 0, List.of(MANAGER, CEO)))
                .when(assign(CLERK, 0, List.of(MANAGER, CEO)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenAssigned_whenADifferentAssignmentForTheSameLevelArrives_thenItIsRefused() {
        fixture.given(submitted(), assigned(CLERK, 0, List.of(MANAGER, CEO)))
                .when(assign(MANAGER, 0, List.of(CEO)))
                .expectException(ComplaintStepRefused.class)
                .expectNoEvents();
    }

    @Test
    void givenSubmitted_whenAnAssignmentForAHigherLevelArrives_thenItIsRefused() {
        fixture.given(submitted())
                .when(assign(MANAGER, 1, List.of(CEO)))
                .expectException(ComplaintStepRefused.class);
    }

    @Test
    void givenAssigned_whenTheDeadlineIsMissed_thenEscalatedOneLevelFromTheAssignee() {
        Instant escalatedAt = DEADLINE.plusSeconds(30);

        fixture.given(submitted(), assigned(CLERK, 0, List.of(MANAGER, CEO)))
                .when(new EscalateForMissedDeadline(ID, 0, DEADLINE, escalatedAt))
                .expectEvents(new ComplaintEscalated(ID, 0, 1, EscalationReason.DEADLINE_MISSED, CLERK.id(), escalatedAt));
    }

    @Test
    void givenEscalated_whenTheSameBreachIsReportedAgain_thenNoSecondEscalation() {
        fixture.given(submitted(), assigned(CLERK, 0, List.of(MANAGER, CEO)), escalatedFromZero())
                .when(new EscalateForMissedDeadline(ID, 0, DEADLINE, DEADLINE.plusSeconds(90)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenEscalated_whenRoutingAssignsTheManager_thenAssignedAtTheNewLevel() {
        fixture.given(submitted(), assigned(CLERK, 0, List.of(MANAGER, CEO)), escalatedFromZero())
                .when(assign(MANAGER, 1, List.of(CEO)))
                .expectEvents(assigned(MANAGER, 1, List.of(CEO)));
    }

    @Test
    void givenAssignedToTheCeo_whenTheDeadlineIsMissed_thenThereIsNoOneAboveAndItIsRefused() {
        fixture.given(submitted(), assigned(CEO, 0, List.of()))
                .when(new EscalateForMissedDeadline(ID, 0, DEADLINE, DEADLINE.plusSeconds(30)))
                .expectException(ComplaintStepRefused.class)
                .expectNoEvents();
    }

    @Test
    void givenSubmittedButNotAssigned_whenADeadlineIsReportedMissed_thenItIsRefused() {
        fixture.given(submitted())
                .when(new EscalateForMissedDeadline(ID, 0, DEADLINE, DEADLINE.plusSeconds(30)))
                .expectException(ComplaintStepRefused.class);
    }

    @Test
    void givenAnAssignmentWithoutAnAssignee_whenBuilt_thenItIsRejectedBeforeReachingTheAggregate() {
        assertThatThrownBy(() ->
                        new AssignResponsible(ID, null, 0, DEADLINE, List.of(), SUBMITTED_AT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ComplaintSubmitted submitted() {
        return new ComplaintSubmitted(ID, ComplaintKind.COMPLAINT, Channel.WEBSITE, "kyiv-001", "delivery",
                "Late", null, Language.EN, SUBMITTED_AT);
    }

    private static AssignResponsible assign(StaffMember who, int level, List<StaffMember> managers) {
        return new AssignResponsible(ID, who, level, DEADLINE, managers, SUBMITTED_AT.plusSeconds(1));
    }

    private static ComplaintAssigned assigned(StaffMember who, int level, List<StaffMember> managers) {
        return new ComplaintAssigned(ID, who, level, DEADLINE, managers, SUBMITTED_AT.plusSeconds(1));
    }

    private static ComplaintEscalated escalatedFromZero() {
        return new ComplaintEscalated(ID, 0, 1, EscalationReason.DEADLINE_MISSED, CLERK.id(), DEADLINE.plusSeconds(30));
    }
}

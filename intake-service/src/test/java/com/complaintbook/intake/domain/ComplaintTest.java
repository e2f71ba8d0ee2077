package com.complaintbook.intake.domain;

import com.complaintbook.contracts.Channel;
import com.complaintbook.contracts.ClosureReason;
import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.contracts.EscalationReason;
import com.complaintbook.contracts.Language;
import com.complaintbook.contracts.LocalizedText;
import com.complaintbook.contracts.RejectionReason;
import com.complaintbook.contracts.SuggestionOutcome;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

class ComplaintTest {

    private static final String ID = "c-1";
    private static final String REFERENCE = "KB-26-000001";
    private static final Instant SUBMITTED_AT = Instant.parse("2026-11-20T09:00:00Z");
    private static final Instant DEADLINE = SUBMITTED_AT.plus(Duration.ofDays(3));
    private static final Instant ANSWERED_AT = SUBMITTED_AT.plus(Duration.ofDays(1));
    private static final Instant APPEAL_ENDS = ANSWERED_AT.plus(Duration.ofDays(14));
    private static final Employee CLERK = new Employee("e-delivery-lead", "Ivan Petrenko", "ivan@retail.example");
    private static final Employee MANAGER = new Employee("m-logistics", "Oksana Tkachenko", "oksana@retail.example");
    private static final Employee CEO = new Employee("ceo", "Taras Bondarenko", "ceo@retail.example");
    /** Stands in for whomever a test says, as the catalogue's answersFor would. */
    private static final String DEPUTY = "e-deputy";

    private AggregateTestFixture<Complaint> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Complaint.class);
    }

    @Test
    void givenNothing_whenSubmitted_thenTheStreamStartsWithTheSubmissionAndTheCataloguesNames() {
        Contact contact = new Contact("Olena", "olena@example.com", null);
        LocalizedText store = new LocalizedText("Крещатик", "Хрещатик", "Khreshchatyk");
        LocalizedText address = new LocalizedText("Крещатик, 22", "Хрещатик, 22", "22 Khreshchatyk St");
        LocalizedText category = new LocalizedText("Доставка", "Доставка", "Delivery");

        fixture.givenNoPriorActivity()
                .when(new SubmitComplaint(ID, REFERENCE, ComplaintKind.COMPLAINT, Channel.TERMINAL, "kyiv-001", "delivery",
                        "Late and scratched", contact, Language.UK, SUBMITTED_AT, store, address, category))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ComplaintEvent.Submitted(ID, REFERENCE, ComplaintKind.COMPLAINT, Channel.TERMINAL, "kyiv-001",
                        "delivery", "Late and scratched", contact, Language.UK, SUBMITTED_AT, store, address, category));
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
    void givenAnswered_whenRoutingResendsTheFirstAssignment_thenNothingHappens() {
        fixture.given(submitted(), assigned(CLERK, 0, List.of(MANAGER, CEO)), answeredBy(CLERK, 0))
                .when(assign(CLERK, 0, List.of(MANAGER, CEO)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenClimbedToTheManager_whenRoutingReplaysTheLevelZeroAssignment_thenNothingHappens() {
        fixture.given(submitted(), assigned(CLERK, 0, List.of(MANAGER, CEO)), escalatedFromZero(), assigned(MANAGER, 1, List.of(CEO)))
                .when(assign(CLERK, 0, List.of(MANAGER, CEO)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenAnsweredInTheDeadlinesLastMillisecond_whenTheDeadlineIsReportedMissed_thenTheAnswerWinsAndNothingHappens() {
        fixture.given(submitted(), assigned(CLERK, 0, List.of(MANAGER, CEO)))
                .andGivenCommands(new AnswerComplaint(ID, CLERK.id(), "Just in time", null, DEADLINE.minusMillis(1),
                        DEADLINE.minusMillis(1).plus(Duration.ofDays(14))))
                .when(new EscalateForMissedDeadline(ID, 0, DEADLINE, DEADLINE.plusMillis(1)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenAnswered_whenSomeoneOutsideTheChainTriesToAnswer_thenForbiddenRatherThanToldItsState() {
        fixture.given(submitted(), assigned(CLERK, 0, List.of(MANAGER, CEO)), answeredBy(CLERK, 0))
                .when(new AnswerComplaint(ID, "e-web-support", "Hello", null, ANSWERED_AT, APPEAL_ENDS))
                .expectException(ComplaintActionForbidden.class);
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
    void givenAssigned_whenTheDeadlineIsMissed_thenEscalatedOnceFromTheAssigneeWithTheDeadlineTheyMissed() {
        Instant escalatedAt = DEADLINE.plusMillis(300);

        fixture.given(submitted(), assigned(CLERK, 0, List.of(MANAGER, CEO)))
                .when(new EscalateForMissedDeadline(ID, 0, DEADLINE, escalatedAt))
                .expectEvents(new ComplaintEvent.Escalated(ID, 0, 1, EscalationReason.DEADLINE_MISSED, CLERK.id(), null,
                        escalatedAt, CLERK, DEADLINE));
    }

    @Test
    void givenBreachesAtEveryLevel_whenEachIsReported_thenItClimbsLevelByLevelWithEachMissedDeadline() {
        Instant managersDeadline = DEADLINE.plus(Duration.ofDays(1));
        Instant escalatedAt = managersDeadline.plusMillis(250);

        fixture.given(submitted(), assigned(CLERK, 0, List.of(MANAGER, CEO)))
                .andGivenCommands(new EscalateForMissedDeadline(ID, 0, DEADLINE, DEADLINE.plusMillis(200)),
                        new AssignResponsible(ID, MANAGER, 1, managersDeadline, List.of(CEO), DEADLINE.plusSeconds(1)))
                .when(new EscalateForMissedDeadline(ID, 1, managersDeadline, escalatedAt))
                .expectEvents(new ComplaintEvent.Escalated(ID, 1, 2, EscalationReason.DEADLINE_MISSED, MANAGER.id(), null,
                        escalatedAt, MANAGER, managersDeadline));
    }

    @Test
    void givenClimbedToTheTop_whenTheTopsDeadlineIsMissed_thenTheBreachIsRecordedAndNothingClimbs() {
        Instant ceosDeadline = DEADLINE.plus(Duration.ofDays(2));
        Instant recordedAt = ceosDeadline.plusMillis(400);

        fixture.given(submitted(), assigned(CLERK, 0, List.of(MANAGER, CEO)))
                .andGivenCommands(climbToTheCeo(ceosDeadline))
                .when(new EscalateForMissedDeadline(ID, 2, ceosDeadline, recordedAt))
                .expectEvents(new ComplaintEvent.DeadlineMissedAtTop(ID, 2, CEO, ceosDeadline, recordedAt));
    }

    @Test
    void givenTheTopsBreachRecorded_whenItIsReportedAgain_thenNothingMoreIsRecorded() {
        Instant ceosDeadline = DEADLINE.plus(Duration.ofDays(2));

        fixture.given(submitted(), assigned(CLERK, 0, List.of(MANAGER, CEO)))
                .andGivenCommands(climbToTheCeo(ceosDeadline))
                .andGivenCommands(new EscalateForMissedDeadline(ID, 2, ceosDeadline, ceosDeadline.plusMillis(400)))
                .when(new EscalateForMissedDeadline(ID, 2, ceosDeadline, ceosDeadline.plusSeconds(30)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenTheTopsBreachRecorded_whenTheCeoAnswersLate_thenTheAnswerIsFinalAsEver() {
        Instant answeredAt = DEADLINE.plus(Duration.ofHours(5));

        fixture.given(submitted(), assigned(CEO, 2, List.of()),
                        new ComplaintEvent.DeadlineMissedAtTop(ID, 2, CEO, DEADLINE, DEADLINE.plusMillis(400)))
                .when(new AnswerComplaint(ID, CEO.id(), "Late, but settled", null, answeredAt, answeredAt.plus(Duration.ofDays(14))))
                .expectEvents(new ComplaintEvent.Answered(ID, CEO.id(), 2, "Late, but settled", null, true, null, answeredAt),
                        new ComplaintEvent.Closed(ID, ClosureReason.FINAL_ANSWER, answeredAt));
    }

    @Test
    void givenAssignedAtLevelZero_whenABreachIsReportedForALevelNotReached_thenItIsRefused() {
        fixture.given(submitted(), assigned(CLERK, 0, List.of(MANAGER, CEO)))
                .when(new EscalateForMissedDeadline(ID, 1, DEADLINE, DEADLINE.plusSeconds(30)))
                .expectException(ComplaintStepRefused.class)
                .expectNoEvents();
    }

    @Test
    void givenEscalatedAndWaitingForRouting_whenABreachIsReportedForTheNewLevel_thenItIsRefused() {
        fixture.given(submitted(), assigned(CLERK, 0, List.of(MANAGER, CEO)), escalatedFromZero())
                .when(new EscalateForMissedDeadline(ID, 1, DEADLINE, DEADLINE.plusSeconds(30)))
                .expectException(ComplaintStepRefused.class);
    }

    @Test
    void givenAssigned_whenTheDeadlineNears_thenTheAssigneeIsWarnedNamingWhoItGoesTo() {
        Instant warnedAt = DEADLINE.minus(Duration.ofHours(18));

        fixture.given(submitted(), assigned(CLERK, 0, List.of(MANAGER, CEO)))
                .when(new WarnOfApproachingDeadline(ID, 0, DEADLINE, warnedAt))
                .expectEvents(new ComplaintEvent.DeadlineApproaching(ID, 0, CLERK, DEADLINE, MANAGER, warnedAt));
    }

    @Test
    void givenAssignedAtTheTop_whenTheDeadlineNears_thenTheWarningNamesNobodyAbove() {
        Instant warnedAt = DEADLINE.minus(Duration.ofHours(18));

        fixture.given(submitted(), assigned(CEO, 2, List.of()))
                .when(new WarnOfApproachingDeadline(ID, 2, DEADLINE, warnedAt))
                .expectEvents(new ComplaintEvent.DeadlineApproaching(ID, 2, CEO, DEADLINE, null, warnedAt));
    }

    @Test
    void givenWarned_whenTheWarningIsSentAgain_thenNothingMoreIsRecorded() {
        fixture.given(submitted(), assigned(CLERK, 0, List.of(MANAGER, CEO)),
                        new ComplaintEvent.DeadlineApproaching(ID, 0, CLERK, DEADLINE, MANAGER, DEADLINE.minus(Duration.ofHours(18))))
                .when(new WarnOfApproachingDeadline(ID, 0, DEADLINE, DEADLINE.minus(Duration.ofHours(17))))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenWarnedAndClimbed_whenTheNewAssigneesDeadlineNears_thenTheyAreWarnedToo() {
        Instant managersDeadline = DEADLINE.plus(Duration.ofDays(1));
        Instant warnedAt = managersDeadline.minus(Duration.ofHours(6));

        fixture.given(submitted(), assigned(CLERK, 0, List.of(MANAGER, CEO)),
                        new ComplaintEvent.DeadlineApproaching(ID, 0, CLERK, DEADLINE, MANAGER, DEADLINE.minus(Duration.ofHours(18))),
                        escalatedFromZero(),
                        new ComplaintEvent.Assigned(ID, MANAGER, 1, managersDeadline, List.of(CEO), DEADLINE.plusSeconds(1)))
                .when(new WarnOfApproachingDeadline(ID, 1, managersDeadline, warnedAt))
                .expectEvents(new ComplaintEvent.DeadlineApproaching(ID, 1, MANAGER, managersDeadline, CEO, warnedAt));
    }

    @Test
    void givenAnswered_whenTheWarningArrives_thenNobodyIsWarned() {
        fixture.given(submitted(), assigned(CLERK, 0, List.of(MANAGER, CEO)), answeredBy(CLERK, 0))
                .when(new WarnOfApproachingDeadline(ID, 0, DEADLINE, DEADLINE.minus(Duration.ofHours(18))))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenClimbed_whenTheWarningForTheLevelLeftArrives_thenNobodyIsWarned() {
        fixture.given(submitted(), assigned(CLERK, 0, List.of(MANAGER, CEO)), escalatedFromZero(), assigned(MANAGER, 1, List.of(CEO)))
                .when(new WarnOfApproachingDeadline(ID, 0, DEADLINE, DEADLINE.minus(Duration.ofHours(18))))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenAssigned_whenAWarningNamesADeadlineTheComplaintDoesNotHave_thenNobodyIsWarned() {
        fixture.given(submitted(), assigned(CLERK, 0, List.of(MANAGER, CEO)))
                .when(new WarnOfApproachingDeadline(ID, 0, DEADLINE.minus(Duration.ofDays(1)), DEADLINE.minus(Duration.ofDays(2))))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenTheTopsBreachRecorded_whenALateWarningArrives_thenNobodyIsWarned() {
        fixture.given(submitted(), assigned(CEO, 2, List.of()),
                        new ComplaintEvent.DeadlineMissedAtTop(ID, 2, CEO, DEADLINE, DEADLINE.plusMillis(400)))
                .when(new WarnOfApproachingDeadline(ID, 2, DEADLINE, DEADLINE.plusMillis(500)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenAssignedAtLevelZero_whenAWarningForALevelNotReachedArrives_thenItIsRefused() {
        fixture.given(submitted(), assigned(CLERK, 0, List.of(MANAGER, CEO)))
                .when(new WarnOfApproachingDeadline(ID, 1, DEADLINE, DEADLINE.minus(Duration.ofHours(18))))
                .expectException(ComplaintStepRefused.class)
                .expectNoEvents();
    }

    @Test
    void givenAnswered_whenTheAppealWindowPasses_thenClosedForThatReason() {
        Instant closedAt = APPEAL_ENDS.plusMillis(150);

        fixture.given(submitted(), assigned(CLERK, 0, List.of(MANAGER, CEO)), answeredBy(CLERK, 0))
                .when(new CloseAfterAppealWindowPassed(ID, 0, APPEAL_ENDS, closedAt))
                .expectEvents(new ComplaintEvent.Closed(ID, ClosureReason.APPEAL_WINDOW_PASSED, closedAt));
    }

    @Test
    void givenRejected_whenTheAppealWindowPasses_thenClosedToo() {
        Instant closedAt = APPEAL_ENDS.plusMillis(150);

        fixture.given(submitted(), assigned(CLERK, 0, List.of(MANAGER, CEO)),
                        new ComplaintEvent.Rejected(ID, CLERK.id(), 0, RejectionReason.SPAM, null, false, APPEAL_ENDS, ANSWERED_AT))
                .when(new CloseAfterAppealWindowPassed(ID, 0, APPEAL_ENDS, closedAt))
                .expectEvents(new ComplaintEvent.Closed(ID, ClosureReason.APPEAL_WINDOW_PASSED, closedAt));
    }

    @Test
    void givenClosedWhenTheWindowPassed_whenTheCloseIsSentAgain_thenNothingMoreHappens() {
        fixture.given(submitted(), assigned(CLERK, 0, List.of(MANAGER, CEO)), answeredBy(CLERK, 0),
                        new ComplaintEvent.Closed(ID, ClosureReason.APPEAL_WINDOW_PASSED, APPEAL_ENDS.plusMillis(150)))
                .when(new CloseAfterAppealWindowPassed(ID, 0, APPEAL_ENDS, APPEAL_ENDS.plusSeconds(60)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenTheCustomerAppealedInTime_whenTheAppealWindowPasses_thenItStaysOpen() {
        fixture.given(submitted(), assigned(CLERK, 0, List.of(MANAGER, CEO)), answeredBy(CLERK, 0))
                .andGivenCommands(new DeclareNotSatisfied(ID, "No", APPEAL_ENDS.minusMillis(1)))
                .when(new CloseAfterAppealWindowPassed(ID, 0, APPEAL_ENDS, APPEAL_ENDS.plusMillis(150)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenTheCustomerAccepted_whenTheAppealWindowPasses_thenNothingMoreHappens() {
        fixture.given(submitted(), assigned(CLERK, 0, List.of(MANAGER, CEO)), answeredBy(CLERK, 0),
                        new ComplaintEvent.Closed(ID, ClosureReason.ACCEPTED_BY_CUSTOMER, ANSWERED_AT.plusSeconds(60)))
                .when(new CloseAfterAppealWindowPassed(ID, 0, APPEAL_ENDS, APPEAL_ENDS.plusMillis(150)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenAnswered_whenACloseNamesAnotherAppealDeadline_thenItStaysOpen() {
        fixture.given(submitted(), assigned(CLERK, 0, List.of(MANAGER, CEO)), answeredBy(CLERK, 0))
                .when(new CloseAfterAppealWindowPassed(ID, 0, APPEAL_ENDS.minus(Duration.ofDays(1)), APPEAL_ENDS))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenNotAnswered_whenAnAppealWindowIsReportedPassed_thenItIsRefused() {
        fixture.given(submitted(), assigned(CLERK, 0, List.of(MANAGER, CEO)))
                .when(new CloseAfterAppealWindowPassed(ID, 0, APPEAL_ENDS, APPEAL_ENDS.plusMillis(150)))
                .expectException(ComplaintStepRefused.class)
                .expectNoEvents();
    }

    @Test
    void givenClosedWhenTheWindowPassed_whenTheCustomerIsNotSatisfied_thenRefusedAsTooLate() {
        fixture.given(submitted(), assigned(CLERK, 0, List.of(MANAGER, CEO)), answeredBy(CLERK, 0),
                        new ComplaintEvent.Closed(ID, ClosureReason.APPEAL_WINDOW_PASSED, APPEAL_ENDS.plusMillis(150)))
                .when(new DeclareNotSatisfied(ID, "Too late?", APPEAL_ENDS.minusSeconds(1)))
                .expectException(ComplaintStepRefused.class)
                .expectExceptionMessage(allOf(containsString("the appeal window has closed"),
                        not(containsString(APPEAL_ENDS.toString()))))
                .expectNoEvents();
    }

    @Test
    void givenClosedWhenTheWindowPassed_whenTheCustomerAccepts_thenNothingMoreHappensAsTheAnswerStands() {
        fixture.given(submitted(), assigned(CLERK, 0, List.of(MANAGER, CEO)), answeredBy(CLERK, 0),
                        new ComplaintEvent.Closed(ID, ClosureReason.APPEAL_WINDOW_PASSED, APPEAL_ENDS.plusMillis(150)))
                .when(new AcceptAnswer(ID, APPEAL_ENDS.plusSeconds(30)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
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
    void givenSubmittedButNotAssigned_whenADeadlineIsReportedMissed_thenItIsRefused() {
        fixture.given(submitted())
                .when(new EscalateForMissedDeadline(ID, 0, DEADLINE, DEADLINE.plusSeconds(30)))
                .expectException(ComplaintStepRefused.class);
    }

    @Test
    void givenAnAssignmentWithoutAnAssignee_whenBuilt_thenItIsRejectedBeforeReachingTheAggregate() {
        assertThatThrownBy(() ->
                        new AssignResponsible(ID, null, 0, DEADLINE, List.of(), SUBMITTED_AT))
                .isInstanceOf(InvalidCommandException.class);
    }

    @Test
    void givenAssigned_whenTheAssigneeAnswers_thenAnsweredWithAnAppealWindow() {
        fixture.given(submitted(), assigned(CLERK, 0, List.of(MANAGER, CEO)))
                .when(new AnswerComplaint(ID, CLERK.id(), "A new sofa on Friday", null, ANSWERED_AT, APPEAL_ENDS))
                .expectEvents(new ComplaintEvent.Answered(ID, CLERK.id(), 0, "A new sofa on Friday", null, false, APPEAL_ENDS, ANSWERED_AT));
    }

    @Test
    void givenAssigned_whenAManagerAboveTheAssigneeRejects_thenRejected() {
        fixture.given(submitted(), assigned(CLERK, 0, List.of(MANAGER, CEO)))
                .when(new RejectComplaint(ID, MANAGER.id(), RejectionReason.DUPLICATE, "See your earlier complaint", ANSWERED_AT, APPEAL_ENDS))
                .expectEvents(new ComplaintEvent.Rejected(ID, MANAGER.id(), 0, RejectionReason.DUPLICATE, "See your earlier complaint", false, APPEAL_ENDS, ANSWERED_AT));
    }

    @Test
    void givenAssigned_whenSomeoneOutsideTheChainAnswers_thenForbidden() {
        fixture.given(submitted(), assigned(CLERK, 0, List.of(MANAGER, CEO)))
                .when(new AnswerComplaint(ID, "e-web-support", "Not mine, but", null, ANSWERED_AT, APPEAL_ENDS))
                .expectException(ComplaintActionForbidden.class)
                .expectNoEvents();
    }

    @Test
    void givenEscalatedToTheManager_whenTheFormerAssigneeAnswers_thenForbidden() {
        fixture.given(submitted(), assigned(CLERK, 0, List.of(MANAGER, CEO)), escalatedFromZero(), assigned(MANAGER, 1, List.of(CEO)))
                .when(new AnswerComplaint(ID, CLERK.id(), "Late reply", null, ANSWERED_AT, APPEAL_ENDS))
                .expectException(ComplaintActionForbidden.class);
    }

    @Test
    void givenAssignedToTheCeo_whenTheCeoAnswers_thenTheAnswerIsFinalAndTheComplaintCloses() {
        fixture.given(submitted(), assigned(CEO, 3, List.of()))
                .when(new AnswerComplaint(ID, CEO.id(), "My final word", null, ANSWERED_AT, APPEAL_ENDS))
                .expectEvents(new ComplaintEvent.Answered(ID, CEO.id(), 3, "My final word", null, true, null, ANSWERED_AT),
                        new ComplaintEvent.Closed(ID, ClosureReason.FINAL_ANSWER, ANSWERED_AT));
    }

    @Test
    void givenAssignedBelowTheCeo_whenTheCeoStepsInAndAnswers_thenThatAnswerIsFinalToo() {
        fixture.given(submitted(), assigned(CLERK, 0, List.of(MANAGER, CEO)))
                .when(new AnswerComplaint(ID, CEO.id(), "Settled", null, ANSWERED_AT, APPEAL_ENDS))
                .expectEvents(new ComplaintEvent.Answered(ID, CEO.id(), 0, "Settled", null, true, null, ANSWERED_AT),
                        new ComplaintEvent.Closed(ID, ClosureReason.FINAL_ANSWER, ANSWERED_AT));
    }

    @Test
    void givenClosed_whenAnsweredAgain_thenRefused() {
        fixture.given(submitted(), assigned(CLERK, 0, List.of(MANAGER, CEO)), answeredBy(CLERK, 0),
                        new ComplaintEvent.Closed(ID, ClosureReason.ACCEPTED_BY_CUSTOMER, ANSWERED_AT.plusSeconds(60)))
                .when(new AnswerComplaint(ID, CLERK.id(), "Once more", null, ANSWERED_AT.plusSeconds(120), APPEAL_ENDS))
                .expectException(ComplaintStepRefused.class)
                .expectNoEvents();
    }

    @Test
    void givenAnswered_whenTheCustomerAccepts_thenClosed() {
        Instant acceptedAt = ANSWERED_AT.plusSeconds(3600);

        fixture.given(submitted(), assigned(CLERK, 0, List.of(MANAGER, CEO)), answeredBy(CLERK, 0))
                .when(new AcceptAnswer(ID, acceptedAt))
                .expectEvents(new ComplaintEvent.Closed(ID, ClosureReason.ACCEPTED_BY_CUSTOMER, acceptedAt));
    }

    @Test
    void givenAccepted_whenTheCustomerAcceptsAgain_thenNothingMoreHappens() {
        fixture.given(submitted(), assigned(CLERK, 0, List.of(MANAGER, CEO)), answeredBy(CLERK, 0),
                        new ComplaintEvent.Closed(ID, ClosureReason.ACCEPTED_BY_CUSTOMER, ANSWERED_AT.plusSeconds(60)))
                .when(new AcceptAnswer(ID, ANSWERED_AT.plusSeconds(90)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenAnswered_whenTheCustomerIsNotSatisfiedWithinTheWindow_thenEscalatedAboveWhoAnswered() {
        Instant declaredAt = APPEAL_ENDS.minusSeconds(1);

        fixture.given(submitted(), assigned(CLERK, 0, List.of(MANAGER, CEO)), answeredBy(CLERK, 0))
                .when(new DeclareNotSatisfied(ID, "A voucher is not a sofa", declaredAt))
                .expectEvents(new ComplaintEvent.Escalated(ID, 0, 1, EscalationReason.CUSTOMER_NOT_SATISFIED, CLERK.id(),
                        "A voucher is not a sofa", declaredAt, CLERK, null));
    }

    @Test
    void givenAManagerRejected_whenTheCustomerIsNotSatisfied_thenItClimbsFromTheManagerNotTheAssignee() {
        Instant declaredAt = APPEAL_ENDS.minusSeconds(1);

        fixture.given(submitted(), assigned(CLERK, 0, List.of(MANAGER, CEO)),
                        new ComplaintEvent.Rejected(ID, MANAGER.id(), 0, RejectionReason.DUPLICATE, null, false, APPEAL_ENDS, ANSWERED_AT))
                .when(new DeclareNotSatisfied(ID, null, declaredAt))
                .expectEvents(new ComplaintEvent.Escalated(ID, 0, 1, EscalationReason.CUSTOMER_NOT_SATISFIED, MANAGER.id(),
                        null, declaredAt, MANAGER, null));
    }

    @Test
    void givenAnswered_whenTheCustomerIsNotSatisfiedAfterTheWindow_thenRefused() {
        fixture.given(submitted(), assigned(CLERK, 0, List.of(MANAGER, CEO)), answeredBy(CLERK, 0))
                .when(new DeclareNotSatisfied(ID, null, APPEAL_ENDS.plusSeconds(1)))
                .expectException(ComplaintStepRefused.class)
                .expectNoEvents();
    }

    @Test
    void givenAFinalAnswer_whenTheCustomerIsNotSatisfied_thenThereIsNoOneAboveAndItIsRefused() {
        fixture.given(submitted(), assigned(CEO, 3, List.of()),
                        new ComplaintEvent.Answered(ID, CEO.id(), 3, "Final", null, true, null, ANSWERED_AT),
                        new ComplaintEvent.Closed(ID, ClosureReason.FINAL_ANSWER, ANSWERED_AT))
                .when(new DeclareNotSatisfied(ID, "Still no", ANSWERED_AT.plusSeconds(60)))
                .expectException(ComplaintStepRefused.class)
                .expectNoEvents();
    }

    @Test
    void givenAssigned_whenTheCustomerIsNotSatisfiedBeforeAnyAnswer_thenRefused() {
        fixture.given(submitted(), assigned(CLERK, 0, List.of(MANAGER, CEO)))
                .when(new DeclareNotSatisfied(ID, null, ANSWERED_AT))
                .expectException(ComplaintStepRefused.class);
    }

    @Test
    void givenASuggestion_whenAnsweredWithoutAnOutcome_thenTheAnswerIsInvalid() {
        fixture.given(suggestion(), assigned(CLERK, 0, List.of(MANAGER, CEO)))
                .when(new AnswerComplaint(ID, CLERK.id(), "Thanks", null, ANSWERED_AT, APPEAL_ENDS))
                .expectException(InvalidCommandException.class);
    }

    @Test
    void givenAssigned_whenSomeoneActingForTheAbsentAssigneeAnswers_thenAnsweredInTheirPlace() {
        fixture.given(submitted(), assigned(CLERK, 0, List.of(MANAGER, CEO)))
                .when(new AnswerComplaint(ID, DEPUTY, "A new sofa on Friday", null, ANSWERED_AT, APPEAL_ENDS,
                        List.of(CLERK.id())))
                .expectEvents(new ComplaintEvent.Answered(ID, DEPUTY, 0, "A new sofa on Friday", null, false, APPEAL_ENDS,
                        ANSWERED_AT, CLERK.id()));
    }

    @Test
    void givenAssigned_whenSomeoneActingForAManagerInTheChainRejects_thenRejectedInTheManagersPlace() {
        fixture.given(submitted(), assigned(CLERK, 0, List.of(MANAGER, CEO)))
                .when(new RejectComplaint(ID, DEPUTY, RejectionReason.DUPLICATE, null, ANSWERED_AT, APPEAL_ENDS,
                        List.of(MANAGER.id())))
                .expectEvents(new ComplaintEvent.Rejected(ID, DEPUTY, 0, RejectionReason.DUPLICATE, null, false,
                        APPEAL_ENDS, ANSWERED_AT, MANAGER.id()));
    }

    @Test
    void givenAssigned_whenSomeoneActingForAnEmployeeOutsideTheChainAnswers_thenForbidden() {
        fixture.given(submitted(), assigned(CLERK, 0, List.of(MANAGER, CEO)))
                .when(new AnswerComplaint(ID, DEPUTY, "Not mine, but", null, ANSWERED_AT, APPEAL_ENDS,
                        List.of("e-web-support")))
                .expectException(ComplaintActionForbidden.class)
                .expectNoEvents();
    }

    @Test
    void givenAssignedToTheCeo_whenTheCeosStandInAnswers_thenTheAnswerIsFinalAsTheCeosWouldBe() {
        fixture.given(submitted(), assigned(CEO, 0, List.of()))
                .when(new AnswerComplaint(ID, DEPUTY, "Settled", null, ANSWERED_AT, APPEAL_ENDS, List.of(CEO.id())))
                .expectEvents(new ComplaintEvent.Answered(ID, DEPUTY, 0, "Settled", null, true, null, ANSWERED_AT, CEO.id()),
                        new ComplaintEvent.Closed(ID, ClosureReason.FINAL_ANSWER, ANSWERED_AT));
    }

    @Test
    void givenAStandInsAnswer_whenTheCustomerIsNotSatisfied_thenItClimbsFromTheOneTheyStoodInFor() {
        Instant declaredAt = ANSWERED_AT.plus(Duration.ofDays(2));
        fixture.given(submitted(), assigned(CLERK, 0, List.of(MANAGER, CEO)),
                        new ComplaintEvent.Answered(ID, DEPUTY, 0, "A voucher", null, false, APPEAL_ENDS, ANSWERED_AT,
                                CLERK.id()))
                .when(new DeclareNotSatisfied(ID, "Not enough", declaredAt))
                .expectEvents(new ComplaintEvent.Escalated(ID, 0, 1, EscalationReason.CUSTOMER_NOT_SATISFIED, CLERK.id(),
                        "Not enough", declaredAt, CLERK, null));
    }

    @Test
    void givenASuggestion_whenAnsweredAsImplemented_thenTheOutcomeIsRecorded() {
        fixture.given(suggestion(), assigned(CLERK, 0, List.of(MANAGER, CEO)))
                .when(new AnswerComplaint(ID, CLERK.id(), "Done: benches by the entrance", SuggestionOutcome.IMPLEMENTED, ANSWERED_AT, APPEAL_ENDS))
                .expectEvents(new ComplaintEvent.Answered(ID, CLERK.id(), 0, "Done: benches by the entrance",
                        SuggestionOutcome.IMPLEMENTED, false, APPEAL_ENDS, ANSWERED_AT));
    }

    @Test
    void givenAComplaint_whenTheSameIdIsSubmittedAgain_thenTheSecondSubmissionFails() {
        fixture.given(submitted())
                .when(new SubmitComplaint(ID, REFERENCE, ComplaintKind.COMPLAINT, Channel.WEBSITE, "kyiv-001", "delivery",
                        "Again", null, Language.EN, SUBMITTED_AT, null, null, null))
                .expectException(Exception.class)
                .expectNoEvents();
    }

    private static ComplaintEvent.Answered answeredBy(Employee who, int level) {
        return new ComplaintEvent.Answered(ID, who.id(), level, "A voucher", null, false, APPEAL_ENDS, ANSWERED_AT);
    }

    private static ComplaintEvent.Submitted suggestion() {
        return new ComplaintEvent.Submitted(ID, REFERENCE, ComplaintKind.SUGGESTION, Channel.WEBSITE, "kyiv-001", "store-cleanliness",
                "Benches, please", null, Language.EN, SUBMITTED_AT);
    }

    private static ComplaintEvent.Submitted submitted() {
        return new ComplaintEvent.Submitted(ID, REFERENCE, ComplaintKind.COMPLAINT, Channel.WEBSITE, "kyiv-001", "delivery",
                "Late", null, Language.EN, SUBMITTED_AT);
    }

    private static AssignResponsible assign(Employee who, int level, List<Employee> managers) {
        return new AssignResponsible(ID, who, level, DEADLINE, managers, SUBMITTED_AT.plusSeconds(1));
    }

    private static ComplaintEvent.Assigned assigned(Employee who, int level, List<Employee> managers) {
        return new ComplaintEvent.Assigned(ID, who, level, DEADLINE, managers, SUBMITTED_AT.plusSeconds(1));
    }

    private static ComplaintEvent.Escalated escalatedFromZero() {
        return new ComplaintEvent.Escalated(ID, 0, 1, EscalationReason.DEADLINE_MISSED, CLERK.id(), null, DEADLINE.plusSeconds(30),
                CLERK, DEADLINE);
    }

    /** Missed deadlines at levels 0 and 1 and routing's assignments after each, up to the CEO at level 2. */
    private static Object[] climbToTheCeo(Instant ceosDeadline) {
        Instant managersDeadline = DEADLINE.plus(Duration.ofDays(1));
        return new Object[] {
                new EscalateForMissedDeadline(ID, 0, DEADLINE, DEADLINE.plusMillis(200)),
                new AssignResponsible(ID, MANAGER, 1, managersDeadline, List.of(CEO), DEADLINE.plusSeconds(1)),
                new EscalateForMissedDeadline(ID, 1, managersDeadline, managersDeadline.plusMillis(200)),
                new AssignResponsible(ID, CEO, 2, ceosDeadline, List.of(), managersDeadline.plusSeconds(1))};
    }
}

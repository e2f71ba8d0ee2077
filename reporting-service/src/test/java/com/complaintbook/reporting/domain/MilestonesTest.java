package com.complaintbook.reporting.domain;

import com.complaintbook.contracts.ClosureReason;
import com.complaintbook.contracts.events.ComplaintEventType;
import com.complaintbook.contracts.samples.SampleEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Which golden samples the deadline statistics count, and as what. */
class MilestonesTest {

    private static final String ID = "c-1";

    private final Milestones milestones = new Milestones();

    @Test
    void givenADeadlineApproaching_thenItIsAWarningOfItsLevelWhenItWasGiven() {
        assertThat(milestoneOf(SampleEvent.of(ComplaintEventType.DEADLINE_APPROACHING))).contains(
                new Milestone(ID, 2, MilestoneKind.WARNING, 0, false, null, Instant.parse("2026-11-22T15:15:31Z")));
    }

    @Test
    void givenAnEscalationForAMissedDeadline_thenItIsABreachOfTheLevelItClimbedFrom() {
        assertThat(milestoneOf(SampleEvent.of(ComplaintEventType.ESCALATED).payload("fromLevel", 1).payload("toLevel", 2)))
                .contains(new Milestone(ID, 2, MilestoneKind.BREACH, 1, false, null, Instant.parse("2026-11-25T09:16:00Z")));
    }

    @Test
    void givenAnEscalationRecordedBeforeEventsNamedTheDeadline_thenItIsStillABreach() {
        assertThat(milestoneOf(SampleEvent.of(ComplaintEventType.ESCALATED)
                .withoutPayload("previousHandler").withoutPayload("missedDeadline")))
                .hasValueSatisfying(breach -> assertThat(breach.kind()).isEqualTo(MilestoneKind.BREACH));
    }

    @Test
    void givenAnEscalationBecauseTheCustomerWasNotSatisfied_thenNoBreachIsCounted() {
        assertThat(milestoneOf(SampleEvent.of(ComplaintEventType.ESCALATED)
                .payload("reason", "customer-not-satisfied").withoutPayload("missedDeadline"))).isEmpty();
    }

    @Test
    void givenTheDeadlineMissedAtTheTop_thenItIsABreachAtTheTopOfItsLevel() {
        assertThat(milestoneOf(SampleEvent.of(ComplaintEventType.DEADLINE_MISSED_AT_TOP))).contains(
                new Milestone(ID, 9, MilestoneKind.BREACH, 3, true, null, Instant.parse("2026-11-27T09:15:31Z")));
    }

    @Test
    void givenAClosure_thenItIsCountedWithItsReason() {
        assertThat(milestoneOf(SampleEvent.of(ComplaintEventType.CLOSED).payload("reason", "appeal-window-passed")))
                .contains(new Milestone(ID, 3, MilestoneKind.CLOSURE, null, false, ClosureReason.APPEAL_WINDOW_PASSED,
                        Instant.parse("2026-11-22T10:30:00Z")));
    }

    @Test
    void givenTheRestOfTheLifecycle_thenNothingIsCounted() {
        for (ComplaintEventType type : new ComplaintEventType[] {ComplaintEventType.SUBMITTED, ComplaintEventType.ASSIGNED,
                ComplaintEventType.ANSWERED, ComplaintEventType.REJECTED}) {
            assertThat(milestoneOf(SampleEvent.of(type))).as(type.logicalName()).isEmpty();
        }
    }

    private Optional<Milestone> milestoneOf(SampleEvent sample) {
        return milestones.of(sample.forComplaint(ID).typed());
    }
}

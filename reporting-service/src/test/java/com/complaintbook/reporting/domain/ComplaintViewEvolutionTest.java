package com.complaintbook.reporting.domain;

import com.complaintbook.contracts.Channel;
import com.complaintbook.contracts.ClosureReason;
import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.contracts.EscalationReason;
import com.complaintbook.contracts.LocalizedText;
import com.complaintbook.contracts.RejectionReason;
import com.complaintbook.contracts.SuggestionOutcome;
import com.complaintbook.contracts.events.ComplaintEventType;
import com.complaintbook.contracts.events.EventEnvelope;
import com.complaintbook.contracts.samples.SampleEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static com.complaintbook.reporting.domain.ViewField.ANSWER;
import static com.complaintbook.reporting.domain.ViewField.ANSWERED_AT;
import static com.complaintbook.reporting.domain.ViewField.ANSWERED_BY;
import static com.complaintbook.reporting.domain.ViewField.APPEAL_DEADLINE;
import static com.complaintbook.reporting.domain.ViewField.ASSIGNEE;
import static com.complaintbook.reporting.domain.ViewField.CLOSED_AT;
import static com.complaintbook.reporting.domain.ViewField.CLOSURE_REASON;
import static com.complaintbook.reporting.domain.ViewField.DEADLINE;
import static com.complaintbook.reporting.domain.ViewField.DEADLINE_MISSED_AT_TOP_AT;
import static com.complaintbook.reporting.domain.ViewField.ESCALATED_FROM;
import static com.complaintbook.reporting.domain.ViewField.ESCALATION_COMMENT;
import static com.complaintbook.reporting.domain.ViewField.ESCALATION_COUNT;
import static com.complaintbook.reporting.domain.ViewField.ESCALATION_REASON;
import static com.complaintbook.reporting.domain.ViewField.FINAL_ANSWER;
import static com.complaintbook.reporting.domain.ViewField.LEVEL;
import static com.complaintbook.reporting.domain.ViewField.MISSED_DEADLINE;
import static com.complaintbook.reporting.domain.ViewField.OUTCOME;
import static com.complaintbook.reporting.domain.ViewField.OVERDUE_AT_TOP;
import static com.complaintbook.reporting.domain.ViewField.REFERENCE;
import static com.complaintbook.reporting.domain.ViewField.REJECTION_COMMENT;
import static com.complaintbook.reporting.domain.ViewField.REJECTION_REASON;
import static com.complaintbook.reporting.domain.ViewField.STATUS;
import static com.complaintbook.reporting.domain.ViewField.WARNED_AT;
import static com.complaintbook.reporting.domain.ViewField.WARNED_LEVEL;
import static com.complaintbook.reporting.domain.ViewField.WARNING_COUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** Each golden sample's effect on the view. */
class ComplaintViewEvolutionTest {

    private static final String ID = "c-1";

    private final ComplaintViewEvolution evolution = new ComplaintViewEvolution();

    @Test
    void givenSubmitted_thenTheViewStartsAtLevelZeroWithWhatTheCustomerWroteAndTheNamesItCarried() {
        ComplaintViewChange change = changeFor(SampleEvent.of(ComplaintEventType.SUBMITTED));

        assertThat(change.complaintId()).isEqualTo(ID);
        assertThat(change.sequence()).isZero();
        assertThat(change.changedAt()).isEqualTo(Instant.parse("2026-11-20T09:15:30Z"));
        assertThat(change.values()).containsOnly(
                entry(REFERENCE, "KB-26-004213"),
                entry(ViewField.KIND, ComplaintKind.COMPLAINT),
                entry(ViewField.CHANNEL, Channel.TERMINAL),
                entry(ViewField.STORE_ID, "kyiv-001"),
                entry(ViewField.CATEGORY, "delivery"),
                entry(ViewField.STORE_NAME, new LocalizedText("Киев, Крещатик", "Київ, Хрещатик", "Kyiv, Khreshchatyk")),
                entry(ViewField.CATEGORY_NAME, new LocalizedText("Доставка", "Доставка", "Delivery")),
                entry(STATUS, ComplaintStatus.SUBMITTED),
                entry(LEVEL, 0),
                entry(ViewField.SUBMITTED_AT, Instant.parse("2026-11-20T09:15:30Z")));
    }

    @Test
    void givenASubmissionFromBeforeNames_thenTheViewHasNoneAndShowsTheIds() {
        ComplaintViewChange old = changeFor(SampleEvent.of(ComplaintEventType.SUBMITTED)
                .withoutPayload("storeName").withoutPayload("storeAddress").withoutPayload("categoryName"));

        assertThat(old.values()).doesNotContainKeys(ViewField.STORE_NAME, ViewField.CATEGORY_NAME)
                .contains(entry(ViewField.STORE_ID, "kyiv-001"), entry(ViewField.CATEGORY, "delivery"));
        assertThat(old.cleared()).contains(ViewField.STORE_NAME, ViewField.CATEGORY_NAME);
    }

    @Test
    void givenASubmissionFromBeforeReferencesOrWithABlankOne_thenTheViewHasNoReference() {
        ComplaintViewChange old = changeFor(SampleEvent.of(ComplaintEventType.SUBMITTED).withoutPayload("reference"));
        ComplaintViewChange blank = changeFor(SampleEvent.of(ComplaintEventType.SUBMITTED).payload("reference", " "));

        assertThat(List.of(old, blank)).allSatisfy(change -> {
            assertThat(change.values()).doesNotContainKey(REFERENCE).containsEntry(STATUS, ComplaintStatus.SUBMITTED);
            assertThat(change.cleared()).containsExactly(REFERENCE);
        });
    }

    @Test
    void givenAnyLaterEvent_thenTheReferenceIsLeftAsItIs() {
        for (ComplaintEventType type : ComplaintEventType.values()) {
            if (type != ComplaintEventType.SUBMITTED) {
                ComplaintViewChange change = changeFor(SampleEvent.of(type));

                assertThat(change.values()).as(type.logicalName()).doesNotContainKey(REFERENCE);
                assertThat(change.cleared()).as(type.logicalName()).doesNotContain(REFERENCE);
            }
        }
    }

    @Test
    void givenAssigned_thenTheAssigneeAndDeadlineAreShownWithoutTheirEmail() {
        ComplaintViewChange change = changeFor(SampleEvent.of(ComplaintEventType.ASSIGNED));

        assertThat(change.sequence()).isEqualTo(1);
        assertThat(change.changedAt()).isEqualTo(Instant.parse("2026-11-20T09:15:31Z"));
        assertThat(change.values()).containsOnly(
                entry(STATUS, ComplaintStatus.ASSIGNED),
                entry(LEVEL, 0),
                entry(ASSIGNEE, new Assignee("e-delivery-lead", "Ivan Petrenko")),
                entry(DEADLINE, Instant.parse("2026-11-23T09:15:30Z")));
    }

    @Test
    void givenAnswered_thenTheAnswerWhoGaveItAndUntilWhenItCanBeAppealedAreShown() {
        ComplaintViewChange change = changeFor(SampleEvent.of(ComplaintEventType.ANSWERED));

        assertThat(change.values()).containsOnly(
                entry(STATUS, ComplaintStatus.ANSWERED),
                entry(LEVEL, 0),
                entry(ANSWER, "We apologise: the courier will replace the sofa on Friday at no cost."),
                entry(ANSWERED_BY, "e-delivery-lead"),
                entry(ANSWERED_AT, Instant.parse("2026-11-21T14:02:00Z")),
                entry(FINAL_ANSWER, false),
                entry(APPEAL_DEADLINE, Instant.parse("2026-12-05T14:02:00Z")));
        assertThat(change.cleared()).containsExactlyInAnyOrder(OUTCOME, REJECTION_REASON, REJECTION_COMMENT, OVERDUE_AT_TOP);
        assertThat(change.incremented()).isEmpty();
    }

    @Test
    void givenASuggestionAnswered_thenWhatBecameOfItIsShown() {
        ComplaintViewChange change = changeFor(SampleEvent.of(ComplaintEventType.ANSWERED).payload("outcome", "implemented"));

        assertThat(change.values()).containsEntry(OUTCOME, SuggestionOutcome.IMPLEMENTED);
        assertThat(change.cleared()).doesNotContain(OUTCOME);
    }

    @Test
    void givenAFinalAnswerFromTheTopOfTheChain_thenItIsFinalAndNoAppealDeadlineRemains() {
        ComplaintViewChange change = changeFor(SampleEvent.of(ComplaintEventType.ANSWERED)
                .payload("level", 3).payload("answeredBy", "ceo")
                .payload("finalAnswer", true).withoutPayload("appealDeadline"));

        assertThat(change.values())
                .containsEntry(LEVEL, 3)
                .containsEntry(ANSWERED_BY, "ceo")
                .containsEntry(FINAL_ANSWER, true);
        assertThat(change.cleared()).contains(APPEAL_DEADLINE);
    }

    @Test
    void givenRejected_thenTheReasonWhoRejectedItAndTheAppealDeadlineAreShownAndNoStaleAnswerRemains() {
        ComplaintViewChange change = changeFor(SampleEvent.of(ComplaintEventType.REJECTED));

        assertThat(change.values()).containsOnly(
                entry(STATUS, ComplaintStatus.REJECTED),
                entry(LEVEL, 0),
                entry(REJECTION_REASON, RejectionReason.DUPLICATE),
                entry(REJECTION_COMMENT, "Answered under your earlier complaint of 18 November."),
                entry(ANSWERED_BY, "e-delivery-lead"),
                entry(ANSWERED_AT, Instant.parse("2026-11-21T14:05:00Z")),
                entry(FINAL_ANSWER, false),
                entry(APPEAL_DEADLINE, Instant.parse("2026-12-05T14:05:00Z")));
        assertThat(change.cleared()).containsExactlyInAnyOrder(ANSWER, OUTCOME, OVERDUE_AT_TOP);
    }

    @Test
    void givenRejectedWithoutComment_thenNoStaleCommentRemains() {
        ComplaintViewChange change = changeFor(SampleEvent.of(ComplaintEventType.REJECTED).withoutPayload("comment"));

        assertThat(change.values()).containsEntry(REJECTION_REASON, RejectionReason.DUPLICATE);
        assertThat(change.cleared()).contains(REJECTION_COMMENT);
    }

    @Test
    void givenEscalatedForAMissedDeadline_thenItIsAtTheNewLevelCountedAndNobodyLooksResponsibleUntilRoutingAssigns() {
        ComplaintViewChange change = changeFor(SampleEvent.of(ComplaintEventType.ESCALATED));

        assertThat(change.values()).containsOnly(
                entry(STATUS, ComplaintStatus.ESCALATED),
                entry(LEVEL, 1),
                entry(ESCALATION_REASON, EscalationReason.DEADLINE_MISSED),
                entry(ESCALATED_FROM, new Assignee("e-delivery-lead", "Ivan Petrenko")),
                entry(MISSED_DEADLINE, Instant.parse("2026-11-23T09:15:30Z")));
        assertThat(change.incremented()).containsExactly(ESCALATION_COUNT);
        assertThat(change.cleared()).containsExactlyInAnyOrder(ASSIGNEE, DEADLINE, ESCALATION_COMMENT, OVERDUE_AT_TOP);
    }

    @Test
    void givenAnEscalationRecordedBeforeEventsNamedWhoMissedWhat_thenNeitherIsShownRatherThanAnEarlierOnes() {
        ComplaintViewChange change = changeFor(SampleEvent.of(ComplaintEventType.ESCALATED)
                .withoutPayload("previousHandler").withoutPayload("missedDeadline"));

        assertThat(change.values()).doesNotContainKeys(ESCALATED_FROM, MISSED_DEADLINE)
                .containsEntry(ESCALATION_REASON, EscalationReason.DEADLINE_MISSED);
        assertThat(change.cleared()).contains(ESCALATED_FROM, MISSED_DEADLINE);
    }

    @Test
    void givenADeadlineApproaching_thenTheWarningIsShownWithItsLevelAndCountedAndNothingElseChanges() {
        ComplaintViewChange change = changeFor(SampleEvent.of(ComplaintEventType.DEADLINE_APPROACHING));

        assertThat(change.sequence()).isEqualTo(2);
        assertThat(change.values()).containsOnly(
                entry(WARNED_LEVEL, 0),
                entry(WARNED_AT, Instant.parse("2026-11-22T15:15:31Z")));
        assertThat(change.incremented()).containsExactly(WARNING_COUNT);
        assertThat(change.cleared()).isEmpty();
    }

    @Test
    void givenTheDeadlineMissedAtTheTop_thenTheComplaintIsOverdueThereAndStaysAssignedToTheTop() {
        ComplaintViewChange change = changeFor(SampleEvent.of(ComplaintEventType.DEADLINE_MISSED_AT_TOP));

        assertThat(change.values()).containsOnly(
                entry(OVERDUE_AT_TOP, true),
                entry(DEADLINE_MISSED_AT_TOP_AT, Instant.parse("2026-11-27T09:15:31Z")));
        assertThat(change.cleared()).isEmpty();
        assertThat(change.incremented()).isEmpty();
    }

    @Test
    void givenTheTopAnswersOrRejectsOrIsReassigned_thenItIsNoLongerOverdueButTheBreachStaysOnRecord() {
        for (ComplaintEventType type : List.of(ComplaintEventType.ANSWERED, ComplaintEventType.REJECTED,
                ComplaintEventType.ASSIGNED)) {
            ComplaintViewChange change = changeFor(SampleEvent.of(type));

            assertThat(change.cleared()).as(type.logicalName()).contains(OVERDUE_AT_TOP).doesNotContain(DEADLINE_MISSED_AT_TOP_AT);
        }
    }

    @Test
    void givenEscalatedBecauseTheCustomerWasNotSatisfied_thenTheirWordsAreShownAndTheLastAnswerStays() {
        ComplaintViewChange change = changeFor(SampleEvent.of(ComplaintEventType.ESCALATED)
                .payload("reason", "customer-not-satisfied")
                .payload("comment", "A replacement on Friday is too late for me."));

        assertThat(change.values())
                .containsEntry(ESCALATION_REASON, EscalationReason.CUSTOMER_NOT_SATISFIED)
                .containsEntry(ESCALATION_COMMENT, "A replacement on Friday is too late for me.");
        assertThat(change.incremented()).containsExactly(ESCALATION_COUNT);
        assertThat(change.cleared()).doesNotContain(ANSWER, ANSWERED_BY, FINAL_ANSWER, REJECTION_REASON);
    }

    @Test
    void givenClosed_thenItIsClosedWithWhyAndWhenAndStillShowsWhoHeldItAndWhatTheyDecided() {
        ComplaintViewChange change = changeFor(SampleEvent.of(ComplaintEventType.CLOSED));

        assertThat(change.sequence()).isEqualTo(3);
        assertThat(change.changedAt()).isEqualTo(Instant.parse("2026-11-22T10:30:00Z"));
        assertThat(change.values()).containsOnly(
                entry(STATUS, ComplaintStatus.CLOSED),
                entry(CLOSURE_REASON, ClosureReason.ACCEPTED_BY_CUSTOMER),
                entry(CLOSED_AT, Instant.parse("2026-11-22T10:30:00Z")));
        assertThat(change.cleared()).isEmpty();
        assertThat(change.incremented()).isEmpty();
    }

    @Test
    void givenClosedByAFinalAnswerOrAPassedAppealWindow_thenTheReasonSaysSo() {
        assertThat(changeFor(SampleEvent.of(ComplaintEventType.CLOSED).payload("reason", "final-answer")).values())
                .containsEntry(CLOSURE_REASON, ClosureReason.FINAL_ANSWER);
        assertThat(changeFor(SampleEvent.of(ComplaintEventType.CLOSED).payload("reason", "appeal-window-passed")).values())
                .containsEntry(CLOSURE_REASON, ClosureReason.APPEAL_WINDOW_PASSED);
    }

    @Test
    void givenAPayloadTheViewDoesNotShow_thenThereIsNoChange() {
        EventEnvelope<String> somethingNew = new EventEnvelope<>("ev-9", ID, 9, "ComplaintFromTheFuture", 1,
                Instant.parse("2026-11-30T00:00:00Z"), "something new");

        assertThat(evolution.changeFor(somethingNew)).isEmpty();
    }

    @Test
    void givenTheSameEventTwice_thenTheChangesAreEqual() {
        for (ComplaintEventType type : ComplaintEventType.values()) {
            EventEnvelope<?> event = SampleEvent.of(type).forComplaint(ID).typed();

            assertThat(evolution.changeFor(event)).as(type.logicalName()).isEqualTo(evolution.changeFor(event));
        }
    }

    private ComplaintViewChange changeFor(SampleEvent sample) {
        return evolution.changeFor(sample.forComplaint(ID).typed()).orElseThrow();
    }
}

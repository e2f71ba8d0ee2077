package com.complaintbook.reporting.domain;

import com.complaintbook.contracts.Channel;
import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.contracts.EscalationReason;
import com.complaintbook.contracts.RejectionReason;
import com.complaintbook.contracts.events.ComplaintEventType;
import com.complaintbook.contracts.events.EventEnvelope;
import com.complaintbook.reporting.SampleEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static com.complaintbook.reporting.domain.ViewField.ANSWER;
import static com.complaintbook.reporting.domain.ViewField.ASSIGNEE;
import static com.complaintbook.reporting.domain.ViewField.DEADLINE;
import static com.complaintbook.reporting.domain.ViewField.LEVEL;
import static com.complaintbook.reporting.domain.ViewField.REJECTION_COMMENT;
import static com.complaintbook.reporting.domain.ViewField.REJECTION_REASON;
import static com.complaintbook.reporting.domain.ViewField.STATUS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** Each golden sample's effect on the view. */
class ComplaintViewEvolutionTest {

    private static final String ID = "c-1";

    private final ComplaintViewEvolution evolution = new ComplaintViewEvolution();

    @Test
    void givenSubmitted_thenTheViewStartsAtLevelZeroWithWhatTheCustomerWrote() {
        ComplaintViewChange change = changeFor(SampleEvent.of(ComplaintEventType.SUBMITTED));

        assertThat(change.complaintId()).isEqualTo(ID);
        assertThat(change.sequence()).isZero();
        assertThat(change.changedAt()).isEqualTo(Instant.parse("2026-11-20T09:15:30Z"));
        assertThat(change.values()).containsOnly(
                entry(ViewField.KIND, ComplaintKind.COMPLAINT),
                entry(ViewField.CHANNEL, Channel.TERMINAL),
                entry(ViewField.STORE_ID, "kyiv-001"),
                entry(ViewField.CATEGORY, "delivery"),
                entry(STATUS, ComplaintStatus.SUBMITTED),
                entry(LEVEL, 0),
                entry(ViewField.SUBMITTED_AT, Instant.parse("2026-11-20T09:15:30Z")));
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
    void givenAnswered_thenTheAnswerIsShownAndAnyEarlierRejectionGoes() {
        ComplaintViewChange change = changeFor(SampleEvent.of(ComplaintEventType.ANSWERED).payload("level", 1));

        assertThat(change.values())
                .containsEntry(STATUS, ComplaintStatus.ANSWERED)
                .containsEntry(LEVEL, 1)
                .containsEntry(ANSWER, "We apologise: the courier will replace the sofa on Friday at no cost.");
        assertThat(change.cleared()).containsExactlyInAnyOrder(REJECTION_REASON, REJECTION_COMMENT);
    }

    @Test
    void givenRejectedWithoutComment_thenTheReasonIsShownAndNoStaleCommentOrAnswerRemains() {
        ComplaintViewChange change = changeFor(SampleEvent.of(ComplaintEventType.REJECTED).withoutPayload("comment"));

        assertThat(change.values())
                .containsEntry(STATUS, ComplaintStatus.REJECTED)
                .containsEntry(REJECTION_REASON, RejectionReason.DUPLICATE);
        assertThat(change.cleared()).containsExactlyInAnyOrder(REJECTION_COMMENT, ANSWER);
    }

    @Test
    void givenEscalated_thenItIsAtTheNewLevelAndNobodyLooksResponsibleUntilRoutingAssigns() {
        ComplaintViewChange change = changeFor(SampleEvent.of(ComplaintEventType.ESCALATED));

        assertThat(change.values())
                .containsEntry(STATUS, ComplaintStatus.ESCALATED)
                .containsEntry(LEVEL, 1)
                .containsEntry(ViewField.ESCALATION_REASON, EscalationReason.DEADLINE_MISSED);
        assertThat(change.cleared()).containsExactlyInAnyOrder(ASSIGNEE, DEADLINE);
    }

    @Test
    void givenAPayloadTheViewDoesNotShow_thenThereIsNoChange() {
        EventEnvelope<String> somethingNew = new EventEnvelope<>("ev-9", ID, 9, "ComplaintFromTheFuture", 1,
                Instant.parse("2026-11-30T00:00:00Z"), "something new");

        assertThat(evolution.changeFor(somethingNew)).isEmpty();
    }

    @Test
    void givenTheSameEventTwice_thenTheChangesAreEqual() {
        EventEnvelope<?> event = SampleEvent.of(ComplaintEventType.ASSIGNED).forComplaint(ID).typed();

        assertThat(evolution.changeFor(event)).isEqualTo(evolution.changeFor(event));
    }

    private ComplaintViewChange changeFor(SampleEvent sample) {
        return evolution.changeFor(sample.forComplaint(ID).typed()).orElseThrow();
    }
}

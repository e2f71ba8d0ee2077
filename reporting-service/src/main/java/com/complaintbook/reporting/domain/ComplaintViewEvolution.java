package com.complaintbook.reporting.domain;

import com.complaintbook.contracts.events.ComplaintAnswered;
import com.complaintbook.contracts.events.ComplaintAssigned;
import com.complaintbook.contracts.events.ComplaintClosed;
import com.complaintbook.contracts.events.ComplaintDeadlineApproaching;
import com.complaintbook.contracts.events.ComplaintDeadlineMissedAtTop;
import com.complaintbook.contracts.events.ComplaintEscalated;
import com.complaintbook.contracts.events.ComplaintRejected;
import com.complaintbook.contracts.events.ComplaintSubmitted;
import com.complaintbook.contracts.events.EventEnvelope;

import java.util.Optional;

import static com.complaintbook.reporting.domain.ViewField.ANSWER;
import static com.complaintbook.reporting.domain.ViewField.ANSWERED_AT;
import static com.complaintbook.reporting.domain.ViewField.ANSWERED_BY;
import static com.complaintbook.reporting.domain.ViewField.APPEAL_DEADLINE;
import static com.complaintbook.reporting.domain.ViewField.ASSIGNEE;
import static com.complaintbook.reporting.domain.ViewField.CATEGORY;
import static com.complaintbook.reporting.domain.ViewField.CATEGORY_NAME;
import static com.complaintbook.reporting.domain.ViewField.CHANNEL;
import static com.complaintbook.reporting.domain.ViewField.CLOSED_AT;
import static com.complaintbook.reporting.domain.ViewField.CLOSURE_REASON;
import static com.complaintbook.reporting.domain.ViewField.DEADLINE;
import static com.complaintbook.reporting.domain.ViewField.DEADLINE_MISSED_AT_TOP_AT;
import static com.complaintbook.reporting.domain.ViewField.ESCALATED_FROM;
import static com.complaintbook.reporting.domain.ViewField.ESCALATION_COMMENT;
import static com.complaintbook.reporting.domain.ViewField.ESCALATION_COUNT;
import static com.complaintbook.reporting.domain.ViewField.ESCALATION_REASON;
import static com.complaintbook.reporting.domain.ViewField.FINAL_ANSWER;
import static com.complaintbook.reporting.domain.ViewField.KIND;
import static com.complaintbook.reporting.domain.ViewField.LEVEL;
import static com.complaintbook.reporting.domain.ViewField.MISSED_DEADLINE;
import static com.complaintbook.reporting.domain.ViewField.OUTCOME;
import static com.complaintbook.reporting.domain.ViewField.OVERDUE_AT_TOP;
import static com.complaintbook.reporting.domain.ViewField.REFERENCE;
import static com.complaintbook.reporting.domain.ViewField.REJECTION_COMMENT;
import static com.complaintbook.reporting.domain.ViewField.REJECTION_REASON;
import static com.complaintbook.reporting.domain.ViewField.STATUS;
import static com.complaintbook.reporting.domain.ViewField.STORE_ID;
import static com.complaintbook.reporting.domain.ViewField.STORE_NAME;
import static com.complaintbook.reporting.domain.ViewField.SUBMITTED_AT;
import static com.complaintbook.reporting.domain.ViewField.WARNED_AT;
import static com.complaintbook.reporting.domain.ViewField.WARNED_LEVEL;
import static com.complaintbook.reporting.domain.ViewField.WARNING_COUNT;

/**
 * How each lifecycle event changes a complaint's view. Every value comes from the event itself,
 * never from the clock, so a replay of the stream produces the same views.
 */
public final class ComplaintViewEvolution {

    /** The change {@code event} makes, or empty for an event the view does not show. */
    public Optional<ComplaintViewChange> changeFor(EventEnvelope<?> event) {
        ComplaintViewChange change = ComplaintViewChange.at(event.complaintId(), event.sequence(), event.occurredAt());
        Object payload = event.payload();
        if (payload instanceof ComplaintSubmitted submitted) {
            return Optional.of(submitted(change, submitted));
        }
        if (payload instanceof ComplaintAssigned assigned) {
            return Optional.of(assigned(change, assigned));
        }
        if (payload instanceof ComplaintAnswered answered) {
            return Optional.of(answered(change, answered));
        }
        if (payload instanceof ComplaintRejected rejected) {
            return Optional.of(rejected(change, rejected));
        }
        if (payload instanceof ComplaintEscalated escalated) {
            return Optional.of(escalated(change, escalated));
        }
        if (payload instanceof ComplaintClosed closed) {
            return Optional.of(closed(change, closed));
        }
        if (payload instanceof ComplaintDeadlineApproaching approaching) {
            return Optional.of(warned(change, approaching, event));
        }
        if (payload instanceof ComplaintDeadlineMissedAtTop missed) {
            return Optional.of(missedAtTop(change, missed, event));
        }
        return Optional.empty();
    }

    // A submission from before references carries none; the view then has none, and is found by its id.
    // Names are those the submission carried, never looked up later, so a replay rebuilds them as
    // they were; one from before names has none, and the view shows its ids.
    private static ComplaintViewChange submitted(ComplaintViewChange change, ComplaintSubmitted submitted) {
        String reference = submitted.reference() == null || submitted.reference().isBlank()
                ? null
                : submitted.reference().strip();
        return change
                .set(REFERENCE, reference)
                .set(KIND, submitted.kind())
                .set(CHANNEL, submitted.channel())
                .set(STORE_ID, submitted.storeId())
                .set(CATEGORY, submitted.category())
                .set(STORE_NAME, submitted.storeName())
                .set(CATEGORY_NAME, submitted.categoryName())
                .set(STATUS, ComplaintStatus.SUBMITTED)
                .set(LEVEL, 0)
                .set(SUBMITTED_AT, submitted.submittedAt());
    }

    private static ComplaintViewChange assigned(ComplaintViewChange change, ComplaintAssigned assigned) {
        Assignee assignee = assigned.assignee() == null
                ? null
                : new Assignee(assigned.assignee().id(), assigned.assignee().name());
        return change
                .set(STATUS, ComplaintStatus.ASSIGNED)
                .set(LEVEL, assigned.level())
                .set(ASSIGNEE, assignee)
                .set(DEADLINE, assigned.deadline())
                .clear(OVERDUE_AT_TOP);
    }

    // The latest answer or rejection stays visible when the complaint later climbs: the next level
    // needs to see what the customer was not satisfied with. Each one replaces every answer field of
    // the one before, so nothing of an earlier answer (its outcome, its appeal deadline) looks current.
    private static ComplaintViewChange answered(ComplaintViewChange change, ComplaintAnswered answered) {
        return change
                .set(STATUS, ComplaintStatus.ANSWERED)
                .set(LEVEL, answered.level())
                .set(ANSWER, answered.answer())
                .set(OUTCOME, answered.outcome())
                .set(ANSWERED_BY, answered.answeredBy())
                .set(ANSWERED_AT, answered.answeredAt())
                .set(FINAL_ANSWER, answered.finalAnswer())
                .set(APPEAL_DEADLINE, answered.appealDeadline())
                .clear(REJECTION_REASON)
                .clear(REJECTION_COMMENT)
                .clear(OVERDUE_AT_TOP);
    }

    private static ComplaintViewChange rejected(ComplaintViewChange change, ComplaintRejected rejected) {
        return change
                .set(STATUS, ComplaintStatus.REJECTED)
                .set(LEVEL, rejected.level())
                .set(REJECTION_REASON, rejected.reason())
                .set(REJECTION_COMMENT, rejected.comment())
                .set(ANSWERED_BY, rejected.rejectedBy())
                .set(ANSWERED_AT, rejected.rejectedAt())
                .set(FINAL_ANSWER, rejected.finalAnswer())
                .set(APPEAL_DEADLINE, rejected.appealDeadline())
                .clear(ANSWER)
                .clear(OUTCOME)
                .clear(OVERDUE_AT_TOP);
    }

    // Nobody is responsible between climbing a level and routing's assignment for it, so the
    // previous assignee and their deadline leave the view rather than look current. The comment, who
    // it climbed from and the deadline missed are set or cleared, so a deadline missed after an
    // unhappy customer does not repeat their words, nor an unhappy customer an earlier breach.
    private static ComplaintViewChange escalated(ComplaintViewChange change, ComplaintEscalated escalated) {
        Assignee from = escalated.previousHandler() == null
                ? null
                : new Assignee(escalated.previousHandler().id(), escalated.previousHandler().name());
        return change
                .set(STATUS, ComplaintStatus.ESCALATED)
                .set(LEVEL, escalated.toLevel())
                .set(ESCALATION_REASON, escalated.reason())
                .set(ESCALATION_COMMENT, escalated.comment())
                .set(ESCALATED_FROM, from)
                .set(MISSED_DEADLINE, escalated.missedDeadline())
                .increment(ESCALATION_COUNT)
                .clear(ASSIGNEE)
                .clear(DEADLINE)
                .clear(OVERDUE_AT_TOP);
    }

    // A warning changes nothing about who holds the complaint or where it stands; the latest one is
    // kept with its level, so a reader sees whether the current assignee was the one warned.
    private static ComplaintViewChange warned(ComplaintViewChange change, ComplaintDeadlineApproaching approaching,
                                              EventEnvelope<?> event) {
        return change
                .set(WARNED_LEVEL, approaching.level())
                .set(WARNED_AT, approaching.warnedAt() == null ? event.occurredAt() : approaching.warnedAt())
                .increment(WARNING_COUNT);
    }

    // Nothing climbs past the top: the complaint stays assigned and waits, overdue, for its answer.
    private static ComplaintViewChange missedAtTop(ComplaintViewChange change, ComplaintDeadlineMissedAtTop missed,
                                                   EventEnvelope<?> event) {
        return change
                .set(OVERDUE_AT_TOP, true)
                .set(DEADLINE_MISSED_AT_TOP_AT, missed.recordedAt() == null ? event.occurredAt() : missed.recordedAt());
    }

    // The assignee and the last answer stay: a closed complaint still shows who held it last and
    // what they decided.
    private static ComplaintViewChange closed(ComplaintViewChange change, ComplaintClosed closed) {
        return change
                .set(STATUS, ComplaintStatus.CLOSED)
                .set(CLOSURE_REASON, closed.reason())
                .set(CLOSED_AT, closed.closedAt());
    }
}

package com.complaintbook.intake.customer.application;

import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.contracts.Language;
import com.complaintbook.contracts.ClosureReason;
import com.complaintbook.intake.domain.ComplaintEvent;
import com.complaintbook.intake.web.application.Blocking;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;

/**
 * A customer's view of one complaint, folded from its own event stream on request. One stream is a
 * handful of events, so reading it is cheap, and the view can never disagree with the aggregate.
 */
@Service
public class CustomerStatusQuery {

    private final EventStore events;
    private final Clock clock;
    private final TransactionOperations transactions;

    CustomerStatusQuery(EventStore events, Clock clock, TransactionOperations transactions) {
        this.events = events;
        this.clock = clock;
        this.transactions = transactions;
    }

    /**
     * The complaint's status, or empty if no such complaint exists. Blocking. In one transaction, so that
     * the snapshot and the events are read over one connection: while the database is away the read
     * fails after one wait for a connection, not after one for the snapshot (which Axon shrugs off) and
     * another for the events.
     */
    public Optional<CustomerStatus> find(String complaintId) {
        return transactions.execute(transaction -> fold(complaintId));
    }

    private Optional<CustomerStatus> fold(String complaintId) {
        Iterator<? extends DomainEventMessage<?>> stream = events.readEvents(complaintId).asStream().iterator();
        if (!stream.hasNext()) {
            return Optional.empty();
        }
        Fold fold = new Fold(complaintId);
        stream.forEachRemaining(event -> fold.apply(event.getPayload()));
        return Optional.of(fold.result(clock.instant()));
    }

    private static final class Fold {

        private final String complaintId;
        private ComplaintKind kind;
        private Language language;
        private String stage = "received";
        private int level;
        private Instant submittedAt;
        private String reference;
        private Instant reviewDeadline;
        private CustomerStatus.Answer answer;
        private boolean finalAnswer;
        private Instant appealUntil;
        private ClosureReason closedBecause;
        private ComplaintEvent.Submitted submission;

        private Fold(String complaintId) {
            this.complaintId = complaintId;
        }

        void apply(Object event) {
            if (event instanceof ComplaintEvent.Submitted submitted) {
                kind = submitted.kind();
                reference = submitted.reference();
                language = submitted.language();
                submittedAt = submitted.submittedAt();
                submission = submitted;
            } else if (event instanceof ComplaintEvent.Assigned assigned) {
                stage = "in-review";
                level = assigned.level();
                reviewDeadline = assigned.deadline();
            } else if (event instanceof ComplaintEvent.Escalated escalated) {
                stage = "escalated";
                level = escalated.toLevel();
                reviewDeadline = null;
                appealUntil = null;
            } else if (event instanceof ComplaintEvent.Answered answered) {
                stage = "answered";
                reviewDeadline = null;
                answer = new CustomerStatus.Answer(answered.answer(), answered.outcome(), null, answered.answeredAt());
                finalAnswer = answered.finalAnswer();
                appealUntil = answered.appealDeadline();
            } else if (event instanceof ComplaintEvent.Rejected rejected) {
                stage = "rejected";
                reviewDeadline = null;
                answer = new CustomerStatus.Answer(rejected.comment(), null, rejected.reason(), rejected.rejectedAt());
                finalAnswer = rejected.finalAnswer();
                appealUntil = rejected.appealDeadline();
            } else if (event instanceof ComplaintEvent.Closed closed) {
                stage = "closed";
                closedBecause = closed.reason();
                appealUntil = null;
            }
        }

        CustomerStatus result(Instant now) {
            boolean answerStands = "answered".equals(stage) || "rejected".equals(stage);
            Instant appeal = answerStands && appealUntil != null && !now.isAfter(appealUntil) ? appealUntil : null;
            return new CustomerStatus(complaintId, reference, kind, language, stage, level, submittedAt, reviewDeadline, answer,
                    finalAnswer, appeal, answerStands, closedBecause, submission.storeId(), submission.storeName(),
                    submission.storeAddress(), submission.category(), submission.categoryName());
        }
    }
}

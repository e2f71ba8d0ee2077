package com.complaintbook.intake.domain;

import com.complaintbook.contracts.Channel;
import com.complaintbook.contracts.ClosureReason;
import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.contracts.EscalationReason;
import com.complaintbook.contracts.Language;
import com.complaintbook.contracts.RejectionReason;
import com.complaintbook.contracts.SuggestionOutcome;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * What the Complaint aggregate records in its stream: intake's own history, stored in the event
 * store and never sent as it is. Publication maps each to its wire record, so the stored history and
 * the contract change separately: a new wire version needs no rewrite of the store, and a change
 * here needs no new wire version.
 *
 * <p>Each record carries a revision. Changing a record's shape means raising its revision and adding
 * an upcaster (a bean of type {@code EventUpcaster}) that turns the older revision into the new one
 * as events are read; stored events are never rewritten. The enumerations are the product's shared
 * vocabulary from {@code contracts} and are stored by their names.
 */
public sealed interface ComplaintEvent {

    String complaintId();

    /**
     * A customer wrote. The first event of every stream.
     *
     * @param reference the short number customers and staff quote, e.g. {@code KB-26-004213}
     */
    @Revision("1")
    record Submitted(String complaintId, String reference, ComplaintKind kind, Channel channel, String storeId,
                     String category, String text, Contact customer, Language language, Instant submittedAt)
            implements ComplaintEvent {
    }

    /** Someone is responsible at a level until a deadline; {@code managers} run nearest first up to the top. */
    @Revision("1")
    record Assigned(String complaintId, Employee assignee, int level, Instant deadline, List<Employee> managers,
                    Instant assignedAt) implements ComplaintEvent {
    }

    /** The complaint moved one level up, for a missed deadline or a customer not satisfied. */
    @Revision("1")
    record Escalated(String complaintId, int fromLevel, int toLevel, EscalationReason reason, String previousAssignee,
                     String comment, Instant escalatedAt) implements ComplaintEvent {
    }

    /** An answer; {@code appealDeadline} is empty when it came from the top and is final. */
    @Revision("1")
    record Answered(String complaintId, String answeredBy, int level, String answer, SuggestionOutcome outcome,
                    boolean finalAnswer, Instant appealDeadline, Instant answeredAt) implements ComplaintEvent {
    }

    /** A rejection with its reason; appealable like an answer. */
    @Revision("1")
    record Rejected(String complaintId, String rejectedBy, int level, RejectionReason reason, String comment,
                    boolean finalAnswer, Instant appealDeadline, Instant rejectedAt) implements ComplaintEvent {
    }

    /** Nothing more happens to it. */
    @Revision("1")
    record Closed(String complaintId, ClosureReason reason, Instant closedAt) implements ComplaintEvent {
    }
}

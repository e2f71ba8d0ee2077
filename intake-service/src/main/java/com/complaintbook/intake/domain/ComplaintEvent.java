package com.complaintbook.intake.domain;

import com.complaintbook.contracts.Channel;
import com.complaintbook.contracts.ClosureReason;
import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.contracts.EscalationReason;
import com.complaintbook.contracts.Language;
import com.complaintbook.contracts.LocalizedText;
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
 * as events are read; stored events are never rewritten. A field added at the end that history may
 * lack, and that everything reading it takes as optional, is not a change of shape: older events read
 * with it {@code null}, under the same revision ({@code Submitted}'s names, {@code Employee}'s
 * language, who an answer was given on behalf of). The enumerations are the product's shared
 * vocabulary from {@code contracts} and are stored by their names.
 */
public sealed interface ComplaintEvent {

    String complaintId();

    /**
     * A customer wrote. The first event of every stream.
     *
     * @param reference    the short number customers and staff quote, e.g. {@code KB-26-004213}
     * @param storeName    the store's display names from the catalogue at submission; {@code null} in
     *                     events recorded before they were carried, as are the next two
     * @param storeAddress the store's address
     * @param categoryName the category's display names
     */
    @Revision("1")
    record Submitted(String complaintId, String reference, ComplaintKind kind, Channel channel, String storeId,
                     String category, String text, Contact customer, Language language, Instant submittedAt,
                     LocalizedText storeName, LocalizedText storeAddress, LocalizedText categoryName)
            implements ComplaintEvent {

        /** A submission recorded before the catalogue's names were carried. */
        public Submitted(String complaintId, String reference, ComplaintKind kind, Channel channel, String storeId,
                         String category, String text, Contact customer, Language language, Instant submittedAt) {
            this(complaintId, reference, kind, channel, storeId, category, text, customer, language, submittedAt,
                    null, null, null);
        }
    }

    /** Someone is responsible at a level until a deadline; {@code managers} run nearest first up to the top. */
    @Revision("1")
    record Assigned(String complaintId, Employee assignee, int level, Instant deadline, List<Employee> managers,
                    Instant assignedAt) implements ComplaintEvent {
    }

    /**
     * The complaint moved one level up, for a missed deadline or a customer not satisfied.
     *
     * <p>Revision 2 added {@code previousHandler} and {@code missedDeadline}; revision 1 events are read
     * with both empty (see {@code EscalatedRevisionOneUpcaster}), as the wire tells of events recorded
     * before they were carried.
     *
     * @param previousAssignee employee id of {@code previousHandler}
     * @param previousHandler  who it climbs from: the assignee whose deadline passed, or whoever gave the
     *                         answer the customer was not satisfied with
     * @param missedDeadline   for a missed deadline, the deadline that passed; empty when the customer was
     *                         not satisfied
     */
    @Revision("2")
    record Escalated(String complaintId, int fromLevel, int toLevel, EscalationReason reason, String previousAssignee,
                     String comment, Instant escalatedAt, Employee previousHandler, Instant missedDeadline)
            implements ComplaintEvent {
    }

    /**
     * The assignee was warned that their deadline is near: once per level, while the complaint waits
     * for their answer.
     *
     * @param escalatesTo the assignee's nearest manager, who gets it if the deadline passes; empty at the top
     */
    @Revision("1")
    record DeadlineApproaching(String complaintId, int level, Employee assignee, Instant deadline, Employee escalatesTo,
                               Instant warnedAt) implements ComplaintEvent {
    }

    /**
     * The deadline at the top of the chain passed unanswered. Nobody is above, so nothing climbs: the
     * complaint stays with the assignee, overdue, and can still be answered. Once per complaint.
     */
    @Revision("1")
    record DeadlineMissedAtTop(String complaintId, int level, Employee assignee, Instant deadline, Instant recordedAt)
            implements ComplaintEvent {
    }

    /**
     * An answer; {@code appealDeadline} is empty when it came from the top and is final.
     *
     * @param onBehalfOf the assignee or manager whose place {@code answeredBy} took as their acting
     *                   stand-in; {@code null} when they answered in their own right, and in events
     *                   recorded before stand-ins could answer
     */
    @Revision("1")
    record Answered(String complaintId, String answeredBy, int level, String answer, SuggestionOutcome outcome,
                    boolean finalAnswer, Instant appealDeadline, Instant answeredAt, String onBehalfOf)
            implements ComplaintEvent {

        /** An answer given in the answerer's own right. */
        public Answered(String complaintId, String answeredBy, int level, String answer, SuggestionOutcome outcome,
                        boolean finalAnswer, Instant appealDeadline, Instant answeredAt) {
            this(complaintId, answeredBy, level, answer, outcome, finalAnswer, appealDeadline, answeredAt, null);
        }
    }

    /** A rejection with its reason; appealable like an answer, and given on behalf of someone like one. */
    @Revision("1")
    record Rejected(String complaintId, String rejectedBy, int level, RejectionReason reason, String comment,
                    boolean finalAnswer, Instant appealDeadline, Instant rejectedAt, String onBehalfOf)
            implements ComplaintEvent {

        /** A rejection given in the rejecter's own right. */
        public Rejected(String complaintId, String rejectedBy, int level, RejectionReason reason, String comment,
                        boolean finalAnswer, Instant appealDeadline, Instant rejectedAt) {
            this(complaintId, rejectedBy, level, reason, comment, finalAnswer, appealDeadline, rejectedAt, null);
        }
    }

    /** Nothing more happens to it. */
    @Revision("1")
    record Closed(String complaintId, ClosureReason reason, Instant closedAt) implements ComplaintEvent {
    }
}

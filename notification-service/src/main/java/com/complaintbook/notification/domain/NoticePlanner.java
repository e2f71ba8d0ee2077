package com.complaintbook.notification.domain;

import com.complaintbook.contracts.EscalationReason;
import com.complaintbook.contracts.Language;
import com.complaintbook.contracts.StaffMember;
import com.complaintbook.contracts.events.ComplaintAnswered;
import com.complaintbook.contracts.events.ComplaintAssigned;
import com.complaintbook.contracts.events.ComplaintRejected;
import com.complaintbook.contracts.events.ComplaintSubmitted;
import com.complaintbook.contracts.events.EventEnvelope;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides who is told what when an event happens. One case per event type that tells anyone: the
 * customer hears that their complaint arrived and what was decided; the assignee hears that it is
 * theirs, by an escalation letter when it climbed to them.
 *
 * <p>Every notice is a function of the event and what was remembered before it, never of the
 * moment it is planned: a redelivered event yields the identical notices (and links), which is
 * what lets a delivery be recognised as already sent.
 */
public final class NoticePlanner {

    private final CustomerLinks customerLinks;
    private final Language staffLanguage;

    /**
     * @param customerLinks signs the links customers follow to their complaint
     * @param staffLanguage the language employees and managers are written to in
     */
    public NoticePlanner(CustomerLinks customerLinks, Language staffLanguage) {
        this.customerLinks = customerLinks;
        this.staffLanguage = staffLanguage;
    }

    /**
     * @param event      the event, with its payload as the contracts' record
     * @param complaint  what was remembered of the complaint's submission, if it has been seen
     * @param escalation why the complaint climbed to the level the event is at, if that was seen
     * @return the notices the event calls for; none for most events
     */
    public List<Notice> noticesFor(EventEnvelope<?> event, Optional<RememberedComplaint> complaint,
                                   Optional<RememberedEscalation> escalation) {
        Object payload = event.payload();
        if (payload instanceof ComplaintSubmitted) {
            return complaint.flatMap(remembered -> acknowledgement(remembered, event.occurredAt())).stream().toList();
        }
        if (payload instanceof ComplaintAssigned assigned) {
            return assigneeNotice(assigned, complaint, escalation).stream().toList();
        }
        if (payload instanceof ComplaintAnswered answered) {
            return complaint.flatMap(remembered -> answer(answered, remembered, event.occurredAt())).stream().toList();
        }
        if (payload instanceof ComplaintRejected rejected) {
            return complaint.flatMap(remembered -> rejection(rejected, remembered, event.occurredAt())).stream().toList();
        }
        return List.of();
    }

    private Optional<Notice> acknowledgement(RememberedComplaint complaint, Instant occurredAt) {
        Map<Fact, Object> facts = whatTheCustomerWrote(complaint);
        facts.put(Fact.COMPLAINT_ID, complaint.complaintId());
        facts.put(Fact.REFERENCE, complaint.quotedAs());
        facts.put(Fact.STATUS_LINK, customerLinks.linkFor(complaint.complaintId(), occurredAt));
        return toCustomer(Purpose.COMPLAINT_RECEIVED, complaint, facts);
    }

    private Optional<Notice> answer(ComplaintAnswered answered, RememberedComplaint complaint, Instant occurredAt) {
        Map<Fact, Object> facts = decision(complaint, answered.finalAnswer(), answered.appealDeadline(), occurredAt);
        facts.put(Fact.ANSWER, answered.answer());
        facts.put(Fact.OUTCOME, answered.outcome());
        return toCustomer(Purpose.COMPLAINT_ANSWERED, complaint, facts);
    }

    private Optional<Notice> rejection(ComplaintRejected rejected, RememberedComplaint complaint, Instant occurredAt) {
        Map<Fact, Object> facts = decision(complaint, rejected.finalAnswer(), rejected.appealDeadline(), occurredAt);
        facts.put(Fact.REJECTION_REASON, rejected.reason());
        facts.put(Fact.COMMENT, blankAsAbsent(rejected.comment()));
        return toCustomer(Purpose.COMPLAINT_REJECTED, complaint, facts);
    }

    // A final decision closes the complaint: the customer is told so, and gets no link, since there
    // is nothing left to accept or appeal.
    private Map<Fact, Object> decision(RememberedComplaint complaint, boolean finalAnswer, Instant appealDeadline,
                                       Instant occurredAt) {
        Map<Fact, Object> facts = whatTheCustomerWrote(complaint);
        facts.put(Fact.COMPLAINT_ID, complaint.complaintId());
        facts.put(Fact.REFERENCE, complaint.quotedAs());
        facts.put(Fact.FINAL_ANSWER, finalAnswer);
        if (!finalAnswer) {
            facts.put(Fact.APPEAL_DEADLINE, appealDeadline);
            facts.put(Fact.STATUS_LINK, customerLinks.linkFor(complaint.complaintId(), occurredAt));
        }
        return facts;
    }

    private static Optional<Notice> toCustomer(Purpose purpose, RememberedComplaint complaint, Map<Fact, Object> facts) {
        if (!complaint.customerLeftEmail()) {
            return Optional.empty();
        }
        return Optional.of(new Notice(purpose, new Recipient(complaint.customerName(), complaint.customerEmail()),
                complaint.language(), facts));
    }

    // An assignment whose submission was never seen here (it went to the dead-letter topic, say)
    // still reaches the assignee: the letter shows what the event itself says, and names the
    // complaint by its id, the only name the event carries. One whose escalation was never seen is
    // still announced, as a plain assignment.
    private Optional<Notice> assigneeNotice(ComplaintAssigned assigned, Optional<RememberedComplaint> complaint,
                                            Optional<RememberedEscalation> escalation) {
        StaffMember assignee = assigned.assignee();
        if (assignee == null || assignee.email() == null || assignee.email().isBlank()) {
            return Optional.empty();
        }
        Map<Fact, Object> facts = complaint.map(NoticePlanner::whatTheCustomerWrote).orElseGet(() -> new EnumMap<>(Fact.class));
        facts.put(Fact.COMPLAINT_ID, assigned.complaintId());
        facts.put(Fact.REFERENCE, complaint.map(RememberedComplaint::quotedAs).orElse(assigned.complaintId()));
        facts.put(Fact.LEVEL, assigned.level());
        facts.put(Fact.DEADLINE, assigned.deadline());
        facts.put(Fact.ASSIGNEE_NAME, assignee.name());
        Optional<RememberedEscalation> climb = escalation
                .filter(seen -> assigned.level() > 0 && seen.toLevel() == assigned.level());
        climb.ifPresent(seen -> {
            facts.put(Fact.DEADLINE_MISSED, seen.reason() == EscalationReason.DEADLINE_MISSED);
            facts.put(Fact.CUSTOMER_NOT_SATISFIED, seen.reason() == EscalationReason.CUSTOMER_NOT_SATISFIED);
            facts.put(Fact.PREVIOUS_ASSIGNEE, seen.previousAssignee());
            facts.put(Fact.CUSTOMER_COMMENT, blankAsAbsent(seen.customerComment()));
        });
        Purpose purpose = climb.isPresent() ? Purpose.COMPLAINT_ESCALATED : Purpose.COMPLAINT_ASSIGNED;
        return Optional.of(new Notice(purpose, new Recipient(assignee.name(), assignee.email()), staffLanguage, facts));
    }

    private static Map<Fact, Object> whatTheCustomerWrote(RememberedComplaint complaint) {
        Map<Fact, Object> facts = new EnumMap<>(Fact.class);
        facts.put(Fact.KIND, complaint.kind());
        facts.put(Fact.STORE_ID, complaint.storeId());
        facts.put(Fact.CATEGORY, complaint.category());
        facts.put(Fact.TEXT, complaint.text());
        return facts;
    }

    private static String blankAsAbsent(String words) {
        return words == null || words.isBlank() ? null : words;
    }
}

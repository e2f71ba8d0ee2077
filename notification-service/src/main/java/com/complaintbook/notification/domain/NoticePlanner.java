package com.complaintbook.notification.domain;

import com.complaintbook.contracts.ClosureReason;
import com.complaintbook.contracts.EscalationReason;
import com.complaintbook.contracts.Language;
import com.complaintbook.contracts.StaffMember;
import com.complaintbook.contracts.events.ComplaintAnswered;
import com.complaintbook.contracts.events.ComplaintAssigned;
import com.complaintbook.contracts.events.ComplaintClosed;
import com.complaintbook.contracts.events.ComplaintDeadlineApproaching;
import com.complaintbook.contracts.events.ComplaintDeadlineMissedAtTop;
import com.complaintbook.contracts.events.ComplaintRejected;
import com.complaintbook.contracts.events.ComplaintSubmitted;
import com.complaintbook.contracts.events.EventEnvelope;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides who is told what when an event happens. One case per event type that tells anyone: the
 * customer hears that their complaint arrived, what was decided, that it climbed to someone more
 * senior, and that it closed when the appeal window passed; the assignee hears that it is theirs (by
 * an escalation letter when it climbed to them), that its deadline is near, and, at the top of the
 * chain, that it passed; the employee whose deadline passed gets a copy of the escalation letter.
 *
 * <p>Whether a letter says the complaint goes on to a manager follows from the event alone: a
 * warning's {@code escalatesTo}, an assignment's {@code managers}. The top of the chain has neither,
 * so a letter to the CEO never says it goes higher; an assignment that did not carry its managers
 * says nothing of who is above, so its letter says neither that it goes higher nor that it cannot.
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
     * @param staffLanguage the language employees and managers are written to in when their event
     *                      does not say which language they prefer
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
            return assignmentNotices(assigned, complaint, escalation, event.occurredAt());
        }
        if (payload instanceof ComplaintDeadlineApproaching approaching) {
            return warning(approaching, complaint).stream().toList();
        }
        if (payload instanceof ComplaintDeadlineMissedAtTop missed) {
            return overdueAtTop(missed, complaint).stream().toList();
        }
        if (payload instanceof ComplaintClosed closed && closed.reason() == ClosureReason.APPEAL_WINDOW_PASSED) {
            return complaint.flatMap(NoticePlanner::closure).stream().toList();
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
    // still announced, as a plain assignment, and tells nobody else: without the escalation this
    // service cannot tell whose deadline passed, nor why the customer should hear of it.
    private List<Notice> assignmentNotices(ComplaintAssigned assigned, Optional<RememberedComplaint> complaint,
                                           Optional<RememberedEscalation> escalation, Instant occurredAt) {
        Optional<RememberedEscalation> climb = escalation
                .filter(seen -> assigned.level() > 0 && seen.toLevel() == assigned.level());
        Map<Fact, Object> facts = staffFacts(assigned.complaintId(), assigned.level(), assigned.deadline(),
                assigned.assignee(), complaint);
        facts.put(Fact.ESCALATES_TO, nearestManager(assigned.managers()));
        facts.put(Fact.AT_TOP, atTop(assigned.managers()));
        climb.ifPresent(seen -> facts.putAll(whyItClimbed(seen)));
        List<Notice> notices = new ArrayList<>();
        toStaff(climb.isPresent() ? Purpose.COMPLAINT_ESCALATED : Purpose.COMPLAINT_ASSIGNED, assigned.assignee(), facts)
                .ifPresent(notices::add);
        climb.filter(RememberedEscalation::deadlineMissed)
                .flatMap(seen -> toStaff(Purpose.ESCALATION_COPY, seen.previousHandler(), copyFacts(facts)))
                .ifPresent(notices::add);
        climb.flatMap(seen -> complaint.flatMap(remembered -> movedUp(seen, assigned, remembered, occurredAt)))
                .ifPresent(notices::add);
        return notices;
    }

    private static Map<Fact, Object> whyItClimbed(RememberedEscalation seen) {
        Map<Fact, Object> facts = new EnumMap<>(Fact.class);
        facts.put(Fact.DEADLINE_MISSED, seen.reason() == EscalationReason.DEADLINE_MISSED);
        facts.put(Fact.CUSTOMER_NOT_SATISFIED, seen.reason() == EscalationReason.CUSTOMER_NOT_SATISFIED);
        facts.put(Fact.PREVIOUS_ASSIGNEE, seen.previousHandlerName());
        facts.put(Fact.CUSTOMER_COMMENT, blankAsAbsent(seen.customerComment()));
        facts.put(Fact.MISSED_DEADLINE, seen.missedDeadline());
        facts.put(Fact.OVERDUE_BY, seen.overdueBy().orElse(null));
        return facts;
    }

    // The copy tells the employee where the complaint went and by when it is due there; whether it
    // climbs further is the new assignee's affair, not theirs.
    private static Map<Fact, Object> copyFacts(Map<Fact, Object> lettersFacts) {
        Map<Fact, Object> facts = new EnumMap<>(lettersFacts);
        facts.remove(Fact.ESCALATES_TO);
        facts.remove(Fact.AT_TOP);
        return facts;
    }

    private Optional<Notice> movedUp(RememberedEscalation seen, ComplaintAssigned assigned, RememberedComplaint complaint,
                                     Instant occurredAt) {
        Map<Fact, Object> facts = whatTheCustomerWrote(complaint);
        facts.put(Fact.COMPLAINT_ID, complaint.complaintId());
        facts.put(Fact.REFERENCE, complaint.quotedAs());
        facts.put(Fact.LEVEL, assigned.level());
        facts.put(Fact.DEADLINE, assigned.deadline());
        facts.put(Fact.DEADLINE_MISSED, seen.reason() == EscalationReason.DEADLINE_MISSED);
        facts.put(Fact.CUSTOMER_NOT_SATISFIED, seen.reason() == EscalationReason.CUSTOMER_NOT_SATISFIED);
        facts.put(Fact.STATUS_LINK, customerLinks.linkFor(complaint.complaintId(), occurredAt));
        return toCustomer(Purpose.COMPLAINT_MOVED_UP, complaint, facts);
    }

    private Optional<Notice> warning(ComplaintDeadlineApproaching approaching, Optional<RememberedComplaint> complaint) {
        Map<Fact, Object> facts = staffFacts(approaching.complaintId(), approaching.level(), approaching.deadline(),
                approaching.assignee(), complaint);
        facts.put(Fact.ESCALATES_TO, nameOf(approaching.escalatesTo()));
        // A warning always says who is next: none is the top of the chain, by the contract.
        facts.put(Fact.AT_TOP, approaching.escalatesTo() == null);
        return toStaff(Purpose.DEADLINE_APPROACHING, approaching.assignee(), facts);
    }

    private Optional<Notice> overdueAtTop(ComplaintDeadlineMissedAtTop missed, Optional<RememberedComplaint> complaint) {
        Map<Fact, Object> facts = staffFacts(missed.complaintId(), missed.level(), missed.deadline(), missed.assignee(),
                complaint);
        facts.put(Fact.MISSED_DEADLINE, missed.deadline());
        return toStaff(Purpose.DEADLINE_MISSED_AT_TOP, missed.assignee(), facts);
    }

    // Closing tells the customer only that the answer they had stands; there is nothing left to do
    // on the complaint's page, so no link.
    private static Optional<Notice> closure(RememberedComplaint complaint) {
        Map<Fact, Object> facts = whatTheCustomerWrote(complaint);
        facts.put(Fact.COMPLAINT_ID, complaint.complaintId());
        facts.put(Fact.REFERENCE, complaint.quotedAs());
        return toCustomer(Purpose.COMPLAINT_CLOSED, complaint, facts);
    }

    private static Map<Fact, Object> staffFacts(String complaintId, int level, Instant deadline, StaffMember assignee,
                                                Optional<RememberedComplaint> complaint) {
        Map<Fact, Object> facts = complaint.map(NoticePlanner::whatTheCustomerWrote).orElseGet(() -> new EnumMap<>(Fact.class));
        facts.put(Fact.COMPLAINT_ID, complaintId);
        facts.put(Fact.REFERENCE, complaint.map(RememberedComplaint::quotedAs).orElse(complaintId));
        facts.put(Fact.LEVEL, level);
        facts.put(Fact.DEADLINE, deadline);
        facts.put(Fact.ASSIGNEE_NAME, assignee == null ? null : assignee.name());
        return facts;
    }

    private Optional<Notice> toStaff(Purpose purpose, StaffMember member, Map<Fact, Object> facts) {
        if (member == null || member.email() == null || member.email().isBlank()) {
            return Optional.empty();
        }
        Language language = member.language() == null ? staffLanguage : member.language();
        return Optional.of(new Notice(purpose, new Recipient(member.name(), member.email()), language, facts));
    }

    // Managers are listed nearest first; none means the assignee is the top of the chain. A list the
    // event did not carry says nothing about who is above, so no letter claims anyone is.
    private static String nearestManager(List<StaffMember> managers) {
        return managers == null || managers.isEmpty() ? null : nameOf(managers.get(0));
    }

    private static Boolean atTop(List<StaffMember> managers) {
        return managers == null ? null : managers.isEmpty();
    }

    private static String nameOf(StaffMember member) {
        if (member == null) {
            return null;
        }
        return member.name() == null || member.name().isBlank() ? member.id() : member.name();
    }

    private static Map<Fact, Object> whatTheCustomerWrote(RememberedComplaint complaint) {
        Map<Fact, Object> facts = new EnumMap<>(Fact.class);
        facts.put(Fact.KIND, complaint.kind());
        facts.put(Fact.STORE_ID, complaint.storeId());
        facts.put(Fact.CATEGORY, complaint.category());
        facts.put(Fact.STORE, complaint.storeShownAs());
        facts.put(Fact.STORE_ADDRESS, complaint.storeAddress());
        facts.put(Fact.CATEGORY_NAME, complaint.categoryShownAs());
        facts.put(Fact.TEXT, complaint.text());
        return facts;
    }

    private static String blankAsAbsent(String words) {
        return words == null || words.isBlank() ? null : words;
    }
}

package com.complaintbook.notification.domain;

import com.complaintbook.contracts.Language;
import com.complaintbook.contracts.StaffMember;
import com.complaintbook.contracts.events.ComplaintAssigned;
import com.complaintbook.contracts.events.ComplaintSubmitted;
import com.complaintbook.contracts.events.EventEnvelope;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides who is told what when an event happens. One case per event type that tells anyone; the
 * answer, rejection and escalation letters join here as more cases.
 */
public final class NoticePlanner {

    private final StatusLinks statusLinks;
    private final Language staffLanguage;

    /**
     * @param statusLinks   where customers follow their complaint
     * @param staffLanguage the language employees and managers are written to in
     */
    public NoticePlanner(StatusLinks statusLinks, Language staffLanguage) {
        this.statusLinks = statusLinks;
        this.staffLanguage = staffLanguage;
    }

    /**
     * @param event     the event, with its payload as the contracts' record
     * @param complaint what was remembered of the complaint's submission, if it has been seen
     * @return the notices the event calls for; none for most events
     */
    public List<Notice> noticesFor(EventEnvelope<?> event, Optional<RememberedComplaint> complaint) {
        Object payload = event.payload();
        if (payload instanceof ComplaintSubmitted) {
            return complaint.flatMap(this::acknowledgement).stream().toList();
        }
        if (payload instanceof ComplaintAssigned assigned) {
            return assigneeNotice(assigned, complaint).stream().toList();
        }
        return List.of();
    }

    private Optional<Notice> acknowledgement(RememberedComplaint complaint) {
        if (!complaint.customerLeftEmail()) {
            return Optional.empty();
        }
        Map<Fact, Object> facts = whatTheCustomerWrote(complaint);
        facts.put(Fact.COMPLAINT_ID, complaint.complaintId());
        facts.put(Fact.STATUS_LINK, statusLinks.linkFor(complaint.complaintId()));
        return Optional.of(new Notice(Purpose.COMPLAINT_RECEIVED,
                new Recipient(complaint.customerName(), complaint.customerEmail()), complaint.language(), facts));
    }

    // An assignment whose submission was never seen here (it went to the dead-letter topic, say)
    // still reaches the assignee: the letter shows what the event itself says.
    private Optional<Notice> assigneeNotice(ComplaintAssigned assigned, Optional<RememberedComplaint> complaint) {
        StaffMember assignee = assigned.assignee();
        if (assignee == null || assignee.email() == null || assignee.email().isBlank()) {
            return Optional.empty();
        }
        Map<Fact, Object> facts = complaint.map(NoticePlanner::whatTheCustomerWrote).orElseGet(() -> new EnumMap<>(Fact.class));
        facts.put(Fact.COMPLAINT_ID, assigned.complaintId());
        facts.put(Fact.LEVEL, assigned.level());
        facts.put(Fact.DEADLINE, assigned.deadline());
        facts.put(Fact.ASSIGNEE_NAME, assignee.name());
        return Optional.of(new Notice(Purpose.COMPLAINT_ASSIGNED,
                new Recipient(assignee.name(), assignee.email()), staffLanguage, facts));
    }

    private static Map<Fact, Object> whatTheCustomerWrote(RememberedComplaint complaint) {
        Map<Fact, Object> facts = new EnumMap<>(Fact.class);
        facts.put(Fact.KIND, complaint.kind());
        facts.put(Fact.STORE_ID, complaint.storeId());
        facts.put(Fact.CATEGORY, complaint.category());
        facts.put(Fact.TEXT, complaint.text());
        return facts;
    }
}

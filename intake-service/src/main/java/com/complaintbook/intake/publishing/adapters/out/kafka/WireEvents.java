package com.complaintbook.intake.publishing.adapters.out.kafka;

import com.complaintbook.contracts.CustomerContact;
import com.complaintbook.contracts.StaffMember;
import com.complaintbook.contracts.events.ComplaintAnswered;
import com.complaintbook.contracts.events.ComplaintAssigned;
import com.complaintbook.contracts.events.ComplaintClosed;
import com.complaintbook.contracts.events.ComplaintDeadlineApproaching;
import com.complaintbook.contracts.events.ComplaintDeadlineMissedAtTop;
import com.complaintbook.contracts.events.ComplaintEscalated;
import com.complaintbook.contracts.events.ComplaintEventType;
import com.complaintbook.contracts.events.ComplaintRejected;
import com.complaintbook.contracts.events.ComplaintSubmitted;
import com.complaintbook.intake.domain.ComplaintEvent;
import com.complaintbook.intake.domain.Contact;
import com.complaintbook.intake.domain.Employee;

/**
 * The one place where intake's stored events become the contract's wire records. The store and the
 * wire change separately; what one stored event means on the wire is decided here.
 */
final class WireEvents {

    private WireEvents() {
    }

    /** A wire record and the type and version it travels as. */
    record Wire(ComplaintEventType type, Object payload) {
    }

    static Wire toWire(ComplaintEvent event) {
        if (event instanceof ComplaintEvent.Submitted submitted) {
            return new Wire(ComplaintEventType.SUBMITTED, new ComplaintSubmitted(submitted.complaintId(), submitted.kind(),
                    submitted.channel(), submitted.storeId(), submitted.category(), submitted.text(),
                    contact(submitted.customer()), submitted.language(), submitted.submittedAt(), submitted.reference(),
                    submitted.storeName(), submitted.storeAddress(), submitted.categoryName()));
        }
        if (event instanceof ComplaintEvent.Assigned assigned) {
            return new Wire(ComplaintEventType.ASSIGNED, new ComplaintAssigned(assigned.complaintId(),
                    staff(assigned.assignee()), assigned.level(), assigned.deadline(),
                    assigned.managers().stream().map(WireEvents::staff).toList(), assigned.assignedAt()));
        }
        if (event instanceof ComplaintEvent.Escalated escalated) {
            return new Wire(ComplaintEventType.ESCALATED, new ComplaintEscalated(escalated.complaintId(),
                    escalated.fromLevel(), escalated.toLevel(), escalated.reason(), escalated.previousAssignee(),
                    escalated.comment(), escalated.escalatedAt(), staff(escalated.previousHandler()),
                    escalated.missedDeadline()));
        }
        if (event instanceof ComplaintEvent.Answered answered) {
            return new Wire(ComplaintEventType.ANSWERED, new ComplaintAnswered(answered.complaintId(),
                    answered.answeredBy(), answered.level(), answered.answer(), answered.outcome(),
                    answered.finalAnswer(), answered.appealDeadline(), answered.answeredAt()));
        }
        if (event instanceof ComplaintEvent.Rejected rejected) {
            return new Wire(ComplaintEventType.REJECTED, new ComplaintRejected(rejected.complaintId(),
                    rejected.rejectedBy(), rejected.level(), rejected.reason(), rejected.comment(),
                    rejected.finalAnswer(), rejected.appealDeadline(), rejected.rejectedAt()));
        }
        if (event instanceof ComplaintEvent.Closed closed) {
            return new Wire(ComplaintEventType.CLOSED, new ComplaintClosed(closed.complaintId(), closed.reason(),
                    closed.closedAt()));
        }
        if (event instanceof ComplaintEvent.DeadlineApproaching approaching) {
            return new Wire(ComplaintEventType.DEADLINE_APPROACHING, new ComplaintDeadlineApproaching(
                    approaching.complaintId(), approaching.level(), staff(approaching.assignee()), approaching.deadline(),
                    staff(approaching.escalatesTo()), approaching.warnedAt()));
        }
        if (event instanceof ComplaintEvent.DeadlineMissedAtTop missed) {
            return new Wire(ComplaintEventType.DEADLINE_MISSED_AT_TOP, new ComplaintDeadlineMissedAtTop(
                    missed.complaintId(), missed.level(), staff(missed.assignee()), missed.deadline(), missed.recordedAt()));
        }
        throw new IllegalStateException("No wire record for " + event.getClass().getName());
    }

    private static StaffMember staff(Employee employee) {
        return employee == null ? null : new StaffMember(employee.id(), employee.name(), employee.email(), employee.language());
    }

    private static CustomerContact contact(Contact contact) {
        return contact == null ? null : new CustomerContact(contact.name(), contact.email(), contact.phone());
    }
}

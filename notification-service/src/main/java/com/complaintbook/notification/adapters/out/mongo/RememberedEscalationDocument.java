package com.complaintbook.notification.adapters.out.mongo;

import com.complaintbook.contracts.EscalationReason;
import com.complaintbook.contracts.Language;
import com.complaintbook.contracts.StaffMember;
import com.complaintbook.notification.domain.ComplaintLevel;
import com.complaintbook.notification.domain.RememberedEscalation;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * A remembered escalation as stored, one per complaint and level it climbed to: a complaint only
 * ever climbs, so that pair names one escalation. Documents written before the previous handler,
 * the missed deadline and the moment it climbed were kept read back with those {@code null}; those
 * written before the handler's language was kept, with that {@code null}.
 */
@Document(RememberedEscalationDocument.COLLECTION)
record RememberedEscalationDocument(
        @Id String id,
        String complaintId,
        int toLevel,
        EscalationReason reason,
        String previousAssignee,
        String customerComment,
        String previousHandlerId,
        String previousHandlerName,
        String previousHandlerEmail,
        Language previousHandlerLanguage,
        Instant missedDeadline,
        Instant escalatedAt) {

    static final String COLLECTION = "remembered_escalations";

    static String idOf(ComplaintLevel level) {
        return level.complaintId() + ":" + level.level();
    }

    static RememberedEscalationDocument of(RememberedEscalation escalation) {
        StaffMember handler = escalation.previousHandler();
        return new RememberedEscalationDocument(idOf(escalation.reached()), escalation.complaintId(),
                escalation.toLevel(), escalation.reason(), escalation.previousAssignee(), escalation.customerComment(),
                handler == null ? null : handler.id(), handler == null ? null : handler.name(),
                handler == null ? null : handler.email(), handler == null ? null : handler.language(),
                escalation.missedDeadline(), escalation.escalatedAt());
    }

    RememberedEscalation toEscalation() {
        StaffMember handler = previousHandlerId == null && previousHandlerName == null && previousHandlerEmail == null
                ? null
                : new StaffMember(previousHandlerId, previousHandlerName, previousHandlerEmail, previousHandlerLanguage);
        return new RememberedEscalation(complaintId, toLevel, reason, previousAssignee, customerComment, handler,
                missedDeadline, escalatedAt);
    }
}

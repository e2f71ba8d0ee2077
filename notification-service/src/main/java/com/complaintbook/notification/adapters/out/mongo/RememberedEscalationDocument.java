package com.complaintbook.notification.adapters.out.mongo;

import com.complaintbook.contracts.EscalationReason;
import com.complaintbook.notification.domain.ComplaintLevel;
import com.complaintbook.notification.domain.RememberedEscalation;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A remembered escalation as stored, one per complaint and level it climbed to: a complaint only
 * ever climbs, so that pair names one escalation.
 */
@Document(RememberedEscalationDocument.COLLECTION)
record RememberedEscalationDocument(
        @Id String id,
        String complaintId,
        int toLevel,
        EscalationReason reason,
        String previousAssignee,
        String customerComment) {

    static final String COLLECTION = "remembered_escalations";

    static String idOf(ComplaintLevel level) {
        return level.complaintId() + ":" + level.level();
    }

    static RememberedEscalationDocument of(RememberedEscalation escalation) {
        return new RememberedEscalationDocument(idOf(escalation.reached()), escalation.complaintId(),
                escalation.toLevel(), escalation.reason(), escalation.previousAssignee(), escalation.customerComment());
    }

    RememberedEscalation toEscalation() {
        return new RememberedEscalation(complaintId, toLevel, reason, previousAssignee, customerComment);
    }
}

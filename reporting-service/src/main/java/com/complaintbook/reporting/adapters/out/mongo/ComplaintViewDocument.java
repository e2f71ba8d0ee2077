package com.complaintbook.reporting.adapters.out.mongo;

import com.complaintbook.contracts.Channel;
import com.complaintbook.contracts.ClosureReason;
import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.contracts.EscalationReason;
import com.complaintbook.contracts.LocalizedText;
import com.complaintbook.contracts.RejectionReason;
import com.complaintbook.contracts.SuggestionOutcome;
import com.complaintbook.reporting.domain.Assignee;
import com.complaintbook.reporting.domain.ComplaintStatus;
import com.complaintbook.reporting.domain.ComplaintView;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/** A complaint view as stored; field names are the ones {@link MongoComplaintViewStore} writes. */
@Document(ComplaintViewDocument.COLLECTION)
record ComplaintViewDocument(
        @Id String complaintId,
        String reference,
        ComplaintKind kind,
        Channel channel,
        String storeId,
        String category,
        LocalizedText storeName,
        LocalizedText categoryName,
        ComplaintStatus status,
        Integer level,
        AssigneeDocument assignee,
        Instant deadline,
        Instant submittedAt,
        Instant lastChangedAt,
        long lastSequence,
        String answer,
        SuggestionOutcome outcome,
        RejectionReason rejectionReason,
        String rejectionComment,
        String answeredBy,
        Instant answeredAt,
        Boolean finalAnswer,
        Instant appealDeadline,
        EscalationReason escalationReason,
        String escalationComment,
        Integer escalationCount,
        ClosureReason closureReason,
        Instant closedAt,
        AssigneeDocument escalatedFrom,
        Instant missedDeadline,
        Integer warningCount,
        Integer warnedLevel,
        Instant warnedAt,
        Boolean overdueAtTop,
        Instant deadlineMissedAtTopAt) {

    static final String COLLECTION = "complaint_views";

    /** Not {@code id}: Spring Data would map that name to {@code _id}, even inside a sub-document. */
    record AssigneeDocument(String employeeId, String name) {
    }

    ComplaintView toView() {
        return new ComplaintView(complaintId, reference, kind, channel, storeId, category, storeName, categoryName, status,
                level == null ? 0 : level,
                assignee == null ? null : new Assignee(assignee.employeeId(), assignee.name()),
                deadline, submittedAt, lastChangedAt, lastSequence, answer, outcome, rejectionReason, rejectionComment,
                answeredBy, answeredAt, finalAnswer, appealDeadline, escalationReason, escalationComment,
                escalationCount == null ? 0 : escalationCount, closureReason, closedAt,
                escalatedFrom == null ? null : new Assignee(escalatedFrom.employeeId(), escalatedFrom.name()),
                missedDeadline, warningCount == null ? 0 : warningCount, warnedLevel, warnedAt,
                Boolean.TRUE.equals(overdueAtTop), deadlineMissedAtTopAt);
    }
}

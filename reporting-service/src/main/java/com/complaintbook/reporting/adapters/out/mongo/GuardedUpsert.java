package com.complaintbook.reporting.adapters.out.mongo;

import com.complaintbook.contracts.LocalizedText;
import com.complaintbook.reporting.domain.Assignee;
import com.complaintbook.reporting.domain.ComplaintViewChange;
import com.complaintbook.reporting.domain.ViewField;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * One change as one upsert of its view, filtered on {@code _id} and {@code lastSequence < sequence}.
 *
 * <p>When the view exists but has already seen the sequence, the filter matches nothing and the
 * upsert tries to insert a second document with the same {@code _id}, which the unique {@code _id}
 * index refuses: that refusal is the "already applied" answer, with no read before the write.
 * Counters are {@code $inc} in the same guarded write, so an event adds to them exactly once.
 */
final class GuardedUpsert {

    private GuardedUpsert() {
    }

    static UpdateOneModel<Document> of(ComplaintViewChange change) {
        Bson filter = Filters.and(Filters.eq("_id", change.complaintId()), Filters.lt("lastSequence", change.sequence()));
        List<Bson> updates = new ArrayList<>();
        updates.add(Updates.set("lastSequence", change.sequence()));
        updates.add(Updates.set("lastChangedAt", Date.from(change.changedAt())));
        change.values().forEach((field, value) -> updates.add(Updates.set(fieldName(field), storable(value))));
        change.cleared().forEach(field -> updates.add(Updates.unset(fieldName(field))));
        change.incremented().forEach(field -> updates.add(Updates.inc(fieldName(field), 1)));
        return new UpdateOneModel<>(filter, Updates.combine(updates), new UpdateOptions().upsert(true));
    }

    private static String fieldName(ViewField field) {
        return switch (field) {
            case REFERENCE -> "reference";
            case KIND -> "kind";
            case CHANNEL -> "channel";
            case STORE_ID -> "storeId";
            case CATEGORY -> "category";
            case STORE_NAME -> "storeName";
            case CATEGORY_NAME -> "categoryName";
            case STATUS -> "status";
            case LEVEL -> "level";
            case ASSIGNEE -> "assignee";
            case DEADLINE -> "deadline";
            case SUBMITTED_AT -> "submittedAt";
            case ANSWER -> "answer";
            case OUTCOME -> "outcome";
            case REJECTION_REASON -> "rejectionReason";
            case REJECTION_COMMENT -> "rejectionComment";
            case ANSWERED_BY -> "answeredBy";
            case ANSWERED_AT -> "answeredAt";
            case FINAL_ANSWER -> "finalAnswer";
            case APPEAL_DEADLINE -> "appealDeadline";
            case ESCALATION_REASON -> "escalationReason";
            case ESCALATION_COMMENT -> "escalationComment";
            case ESCALATION_COUNT -> "escalationCount";
            case ESCALATED_FROM -> "escalatedFrom";
            case MISSED_DEADLINE -> "missedDeadline";
            case WARNING_COUNT -> "warningCount";
            case WARNED_LEVEL -> "warnedLevel";
            case WARNED_AT -> "warnedAt";
            case OVERDUE_AT_TOP -> "overdueAtTop";
            case DEADLINE_MISSED_AT_TOP_AT -> "deadlineMissedAtTopAt";
            case CLOSURE_REASON -> "closureReason";
            case CLOSED_AT -> "closedAt";
        };
    }

    // Values are written as plain BSON (enum names, dates, sub-documents) so the stored shape does not
    // depend on mapping metadata and reads back into ComplaintViewDocument unchanged.
    private static Object storable(Object value) {
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Instant instant) {
            return Date.from(instant);
        }
        if (value instanceof LocalizedText text) {
            return new Document("ru", text.ru()).append("uk", text.uk()).append("en", text.en());
        }
        if (value instanceof Assignee assignee) {
            return new Document("employeeId", assignee.id()).append("name", assignee.name());
        }
        return value;
    }
}

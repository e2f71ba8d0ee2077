package com.complaintbook.reporting.adapters.out.mongo;

import com.complaintbook.reporting.application.ComplaintViewStore;
import com.complaintbook.reporting.application.ReferenceTakenException;
import com.complaintbook.reporting.domain.Assignee;
import com.complaintbook.reporting.domain.ComplaintViewChange;
import com.complaintbook.reporting.domain.ViewField;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Date;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Applies each change as one upsert filtered on {@code _id} and {@code lastSequence < sequence}.
 *
 * <p>When the view exists but has already seen the sequence, the filter matches nothing and the
 * upsert tries to insert a second document with the same {@code _id}; the unique {@code _id} index
 * refuses it. That refusal is the "already applied" answer, so no read precedes the write and two
 * writers cannot interleave. Counters are {@code $inc} in that same guarded write, so an event adds
 * to them exactly once.
 *
 * <p>The reference is unique too ({@link ComplaintViewIndexes}), so a refusal can also mean that
 * another complaint holds the reference; only then is it looked into, and only for a change that
 * sets a reference, so every other refusal stays a write without a read.
 */
@Component
class MongoComplaintViewStore implements ComplaintViewStore {

    private final MongoTemplate mongo;

    MongoComplaintViewStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean applyIfNewer(ComplaintViewChange change) {
        Update update = new Update()
                .set("lastSequence", change.sequence())
                .set("lastChangedAt", Date.from(change.changedAt()));
        change.values().forEach((field, value) -> update.set(fieldName(field), storable(value)));
        change.cleared().forEach(field -> update.unset(fieldName(field)));
        change.incremented().forEach(field -> update.inc(fieldName(field), 1));
        try {
            mongo.upsert(query(where("_id").is(change.complaintId()).and("lastSequence").lt(change.sequence())),
                    update, ComplaintViewDocument.COLLECTION);
            return true;
        } catch (DuplicateKeyException refused) {
            Object reference = change.values().get(ViewField.REFERENCE);
            if (reference != null && heldByAnother(reference, change.complaintId())) {
                throw new ReferenceTakenException(reference.toString(), change.complaintId());
            }
            return false;
        }
    }

    private boolean heldByAnother(Object reference, String complaintId) {
        return mongo.exists(query(where("reference").is(reference).and("_id").ne(complaintId)),
                ComplaintViewDocument.COLLECTION);
    }

    private static String fieldName(ViewField field) {
        return switch (field) {
            case REFERENCE -> "reference";
            case KIND -> "kind";
            case CHANNEL -> "channel";
            case STORE_ID -> "storeId";
            case CATEGORY -> "category";
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
        if (value instanceof Assignee assignee) {
            return new Document("employeeId", assignee.id()).append("name", assignee.name());
        }
        return value;
    }
}

package com.complaintbook.escalation.adapters.out.mongo;

import com.complaintbook.escalation.domain.ComplaintDeadline;
import com.complaintbook.escalation.domain.DeadlineState;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * One complaint's deadline as stored. Keyed by complaint id, so there is exactly one per complaint
 * and the unique {@code _id} index is what turns a stale upsert into a refused insert.
 *
 * @param escalationRequestedAt reserved for the deadline watcher: when it asked for the climb
 */
@Document(MongoDeadlineStore.COLLECTION)
record DeadlineDocument(
        @Id String complaintId,
        int level,
        String assigneeId,
        Instant deadline,
        DeadlineState state,
        long lastSequence,
        Instant escalationRequestedAt) {

    static final String LEVEL = "level";
    static final String ASSIGNEE_ID = "assigneeId";
    static final String DEADLINE = "deadline";
    static final String STATE = "state";
    static final String LAST_SEQUENCE = "lastSequence";
    static final String ESCALATION_REQUESTED_AT = "escalationRequestedAt";

    ComplaintDeadline toDeadline() {
        return new ComplaintDeadline(complaintId, level, assigneeId, deadline, state, lastSequence);
    }
}

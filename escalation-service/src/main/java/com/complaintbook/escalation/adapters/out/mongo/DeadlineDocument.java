package com.complaintbook.escalation.adapters.out.mongo;

import com.complaintbook.escalation.domain.ComplaintDeadline;
import com.complaintbook.escalation.domain.DeadlineState;
import com.complaintbook.escalation.domain.NextAction;
import com.complaintbook.escalation.domain.TimerKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * One complaint's deadline and next action as stored. Keyed by complaint id, so there is exactly one
 * per complaint and the unique {@code _id} index is what turns a stale upsert into a refused insert.
 *
 * @param partition      the events-topic partition of the complaint: the instance owning it fires
 * @param action         the next action, or {@code null} for none
 * @param actionDueAt    when it is due
 * @param actionDeadline the deadline its command names
 * @param claimedBy      the instance firing it, while its claim runs
 * @param claimedUntil   when that claim runs out
 * @param claimId        the claim's own id, which the mark after the send must still find
 */
@Document(MongoDeadlineStore.COLLECTION)
record DeadlineDocument(
        @Id String complaintId,
        int level,
        String assigneeId,
        Instant deadline,
        DeadlineState state,
        long lastSequence,
        Integer partition,
        TimerKind action,
        Instant actionDueAt,
        Instant actionDeadline,
        Instant appealDeadline,
        Boolean overdueAtTop,
        String claimedBy,
        Instant claimedUntil,
        String claimId) {

    static final String LEVEL = "level";
    static final String ASSIGNEE_ID = "assigneeId";
    static final String DEADLINE = "deadline";
    static final String STATE = "state";
    static final String LAST_SEQUENCE = "lastSequence";
    static final String PARTITION = "partition";
    static final String ACTION = "action";
    static final String ACTION_DUE_AT = "actionDueAt";
    static final String ACTION_DEADLINE = "actionDeadline";
    static final String APPEAL_DEADLINE = "appealDeadline";
    static final String OVERDUE_AT_TOP = "overdueAtTop";
    static final String CLAIMED_BY = "claimedBy";
    static final String CLAIMED_UNTIL = "claimedUntil";
    static final String CLAIM_ID = "claimId";

    ComplaintDeadline toDeadline() {
        NextAction next = action == null ? null : new NextAction(action, actionDueAt, actionDeadline);
        return new ComplaintDeadline(complaintId, level, assigneeId, deadline, state, lastSequence, next,
                appealDeadline, Boolean.TRUE.equals(overdueAtTop));
    }
}

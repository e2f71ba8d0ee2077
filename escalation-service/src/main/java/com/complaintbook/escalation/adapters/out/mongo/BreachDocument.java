package com.complaintbook.escalation.adapters.out.mongo;

import com.complaintbook.escalation.domain.Breach;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/** One breach as stored, keyed {@code <complaintId>:<level>}. */
@Document(MongoBreachStore.COLLECTION)
record BreachDocument(
        @Id String id,
        String complaintId,
        int level,
        boolean top,
        String assigneeId,
        Instant deadline,
        Instant recordedAt) {

    static final String COMPLAINT_ID = "complaintId";
    static final String LEVEL = "level";
    static final String TOP = "top";
    static final String ASSIGNEE_ID = "assigneeId";
    static final String DEADLINE = "deadline";
    static final String RECORDED_AT = "recordedAt";

    Breach toBreach() {
        return new Breach(complaintId, level, top, assigneeId, deadline, recordedAt);
    }
}

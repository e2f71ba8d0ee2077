package com.complaintbook.escalation.adapters.out.mongo;

import com.complaintbook.escalation.application.DeadlineStore;
import com.complaintbook.escalation.domain.ComplaintDeadline;
import com.complaintbook.escalation.domain.DeadlineChange;
import com.complaintbook.escalation.domain.DeadlineState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Deadlines in MongoDB, one document per complaint.
 *
 * <p>A change is one upsert whose filter is {@code {_id: complaint, lastSequence: {$lt: sequence}}}.
 * If the complaint's document is older, it matches and is updated; if there is none, one is
 * inserted; if it already holds this event or a later one, the filter misses, the upsert tries to
 * insert a second document with the same {@code _id}, and the unique key refuses it. No read before
 * the write, so two deliveries racing each other cannot both win.
 */
public class MongoDeadlineStore implements DeadlineStore {

    static final String COLLECTION = "deadlines";

    private static final Logger log = LoggerFactory.getLogger(MongoDeadlineStore.class);

    private final MongoTemplate mongo;

    public MongoDeadlineStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Creates the index a deadline watcher's "open and due" query runs on. Speed only, nothing
     * depends on it for correctness, so a MongoDB that is down at startup does not stop the service:
     * readiness reports it instead, and the next start creates the index.
     */
    public void createIndexes() {
        try {
            mongo.indexOps(COLLECTION).createIndex(new Index()
                    .on(DeadlineDocument.STATE, Sort.Direction.ASC)
                    .on(DeadlineDocument.DEADLINE, Sort.Direction.ASC)
                    .named("state_deadline"));
        } catch (DataAccessException e) {
            log.warn("Could not create the state_deadline index; due-deadline queries will scan", e);
        }
    }

    @Override
    public boolean apply(DeadlineChange change) {
        Query newerThanStored = Query.query(Criteria.where("_id").is(change.complaintId())
                .and(DeadlineDocument.LAST_SEQUENCE).lt(change.sequence()));
        try {
            mongo.upsert(newerThanStored, update(change), DeadlineDocument.class);
            return true;
        } catch (DuplicateKeyException alreadyApplied) {
            return false;
        }
    }

    private static Update update(DeadlineChange change) {
        Update update = new Update()
                .set(DeadlineDocument.LAST_SEQUENCE, change.sequence())
                .set(DeadlineDocument.STATE, change.state().name());
        if (change instanceof DeadlineChange.Opened opened) {
            update.set(DeadlineDocument.LEVEL, opened.level())
                    .set(DeadlineDocument.ASSIGNEE_ID, opened.assigneeId())
                    .set(DeadlineDocument.DEADLINE, opened.deadline())
                    .unset(DeadlineDocument.ESCALATION_REQUESTED_AT);
        } else if (change instanceof DeadlineChange.Closed closed) {
            update.set(DeadlineDocument.LEVEL, closed.level());
        }
        return update;
    }

    @Override
    public Optional<ComplaintDeadline> find(String complaintId) {
        return Optional.ofNullable(mongo.findById(complaintId, DeadlineDocument.class))
                .map(DeadlineDocument::toDeadline);
    }

    @Override
    public List<ComplaintDeadline> find(DeadlineState state, Instant dueBefore, int limit) {
        Criteria criteria = Criteria.where(DeadlineDocument.STATE).is(state.name());
        if (dueBefore != null) {
            criteria = criteria.and(DeadlineDocument.DEADLINE).lt(dueBefore);
        }
        Query query = Query.query(criteria)
                .with(Sort.by(DeadlineDocument.DEADLINE, "_id"))
                .limit(limit);
        return mongo.find(query, DeadlineDocument.class).stream().map(DeadlineDocument::toDeadline).toList();
    }
}

package com.complaintbook.escalation.adapters.out.mongo;

import com.complaintbook.escalation.application.BreachStore;
import com.complaintbook.escalation.domain.Breach;
import com.mongodb.client.result.UpdateResult;
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

/**
 * Breaches in MongoDB, one document per complaint and level ({@code _id = <complaintId>:<level>}),
 * inserted once: a redelivered or replayed event finds it there and changes nothing.
 */
public class MongoBreachStore implements BreachStore {

    static final String COLLECTION = "breaches";

    private static final Logger log = LoggerFactory.getLogger(MongoBreachStore.class);

    private final MongoTemplate mongo;

    public MongoBreachStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * The listing's index, in its sort order ({@code recordedAt}, then {@code _id}). Speed only, so a
     * MongoDB away at start-up does not stop the service: this is tried again until it succeeds.
     *
     * @return whether the index exists now
     */
    public boolean createIndexes() {
        try {
            mongo.indexOps(COLLECTION).createIndex(new Index()
                    .on(BreachDocument.RECORDED_AT, Sort.Direction.ASC)
                    .on("_id", Sort.Direction.ASC)
                    .named("recordedAt_id"));
            return true;
        } catch (DataAccessException e) {
            log.atWarn().addKeyValue("error", e.toString())
                    .log("Could not create the breaches' index; listings scan until it is created");
            return false;
        }
    }

    @Override
    public boolean record(Breach breach) {
        String id = breach.complaintId() + ":" + breach.level();
        Update insertOnly = new Update()
                .setOnInsert(BreachDocument.COMPLAINT_ID, breach.complaintId())
                .setOnInsert(BreachDocument.LEVEL, breach.level())
                .setOnInsert(BreachDocument.TOP, breach.top())
                .setOnInsert(BreachDocument.ASSIGNEE_ID, breach.assigneeId())
                .setOnInsert(BreachDocument.DEADLINE, breach.deadline())
                .setOnInsert(BreachDocument.RECORDED_AT, breach.recordedAt());
        try {
            UpdateResult result = mongo.upsert(Query.query(Criteria.where("_id").is(id)), insertOnly, COLLECTION);
            return result.getUpsertedId() != null;
        } catch (DuplicateKeyException racedByAnotherDelivery) {
            return false;
        }
    }

    @Override
    public List<Breach> find(Integer level, Boolean top, Instant since, int limit) {
        Criteria criteria = new Criteria();
        if (level != null) {
            criteria = criteria.and(BreachDocument.LEVEL).is(level);
        }
        if (top != null) {
            criteria = criteria.and(BreachDocument.TOP).is(top);
        }
        if (since != null) {
            criteria = criteria.and(BreachDocument.RECORDED_AT).gte(since);
        }
        Query query = Query.query(criteria).with(Sort.by(BreachDocument.RECORDED_AT, "_id")).limit(limit);
        return mongo.find(query, BreachDocument.class, COLLECTION).stream().map(BreachDocument::toBreach).toList();
    }
}

package com.complaintbook.reporting.adapters.out.mongo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Indexes that let MongoDB serve the complaint list, filtered by any one criterion, in its order
 * without sorting in memory. They are for speed only: nothing depends on them for correctness, so
 * a failure to create them is logged and the service carries on. (The embedded wire-protocol server
 * accepts and ignores them.) Creating an index that exists already changes nothing.
 *
 * <p>The reference has a unique index of its own: a lookup by reference is then an index hit on
 * real MongoDB and on the embedded server alike (which honours unique indexes only), and no two
 * views can claim one reference. It is sparse, because views of complaints submitted before
 * references existed have none. Should it fail (views already sharing a reference), lookups scan.
 */
@Component
class ComplaintViewIndexes {

    private static final Logger log = LoggerFactory.getLogger(ComplaintViewIndexes.class);
    private static final List<String> FILTERS = List.of("status", "assignee.employeeId", "storeId", "category");

    private final MongoTemplate mongo;

    ComplaintViewIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createIndexes() {
        IndexOperations indexes = mongo.indexOps(ComplaintViewDocument.COLLECTION);
        try {
            indexes.createIndex(inListOrder(new Index()));
            FILTERS.forEach(field -> indexes.createIndex(inListOrder(new Index().on(field, Sort.Direction.ASC))));
        } catch (DataAccessException e) {
            log.warn("Could not create the complaint list's indexes; lists stay correct but may be slow", e);
        }
        try {
            indexes.createIndex(new Index().on("reference", Sort.Direction.ASC).unique().sparse());
        } catch (DataAccessException e) {
            log.warn("Could not create the unique index on references; lookups by reference scan every view", e);
        }
    }

    private static Index inListOrder(Index index) {
        return index.on("submittedAt", Sort.Direction.DESC).on("_id", Sort.Direction.ASC);
    }
}

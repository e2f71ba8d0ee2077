package com.complaintbook.reporting.adapters.out.mongo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * The index on when a milestone happened, so the deadline counts' {@code $match} on a period reads
 * that period's milestones instead of every one ever kept. Like the views' indexes it is for speed
 * only: a failure to create it is logged and the counts stay correct, only slower. Creating it when
 * it exists changes nothing.
 */
@Component
class MilestoneIndexes {

    private static final Logger log = LoggerFactory.getLogger(MilestoneIndexes.class);

    private final MongoTemplate mongo;

    MilestoneIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createIndexes() {
        try {
            mongo.indexOps(MilestoneDocument.COLLECTION)
                    .createIndex(new Index().on(MilestoneDocument.HAPPENED_AT, Sort.Direction.ASC));
        } catch (DataAccessException e) {
            log.warn("Could not create the index on the milestones' happenedAt; deadline counts stay correct but scan every milestone", e);
        }
    }
}

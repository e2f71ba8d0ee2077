package com.complaintbook.escalation.adapters.out.mongo;

import org.bson.Document;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * MongoDB reachability by {@code ping}, which both real MongoDB and the embedded wire-protocol
 * server answer; Boot's own indicator uses {@code hello}, which the embedded server lacks.
 */
public class MongoPingHealthIndicator implements HealthIndicator {

    private final MongoTemplate mongo;

    public MongoPingHealthIndicator(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Health health() {
        try {
            mongo.executeCommand(new Document("ping", 1));
            return Health.up().withDetail("database", mongo.getDb().getName()).build();
        } catch (RuntimeException e) {
            return Health.down(e).build();
        }
    }
}

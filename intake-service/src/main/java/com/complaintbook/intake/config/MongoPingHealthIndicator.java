package com.complaintbook.intake.config;

import org.bson.Document;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * MongoDB health by {@code ping}. Boot's own indicator asks {@code hello}, which the embedded
 * wire-protocol server used locally does not implement; {@code ping} works on both it and MongoDB.
 */
@Component("mongoPing")
class MongoPingHealthIndicator implements HealthIndicator {

    private final MongoTemplate mongo;

    MongoPingHealthIndicator(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Health health() {
        Document answer = mongo.executeCommand(new Document("ping", 1));
        return Health.up().withDetail("database", mongo.getDb().getName()).withDetail("ok", answer.get("ok")).build();
    }
}

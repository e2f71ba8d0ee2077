package com.complaintbook.escalation.adapters.out.mongo;

import com.complaintbook.kit.sequence.StreamPositions;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How far each complaint's deadline is applied, for complaints the kit's sequence gate has no
 * position of yet: deadlines recorded before the gate kept positions. A complaint with no deadline
 * document is left out, so its next event is expected to be its first (see the README on upgrading).
 */
public class MongoDeadlinePositions implements StreamPositions {

    private final MongoTemplate mongo;

    public MongoDeadlinePositions(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Map<String, Long> lastApplied(Set<String> complaintIds) {
        Query byId = Query.query(Criteria.where("_id").in(complaintIds));
        byId.fields().include(DeadlineDocument.LAST_SEQUENCE);
        return mongo.find(byId, Document.class, MongoDeadlineStore.COLLECTION).stream()
                .collect(Collectors.toMap(document -> document.getString("_id"),
                        document -> ((Number) document.get(DeadlineDocument.LAST_SEQUENCE)).longValue()));
    }
}

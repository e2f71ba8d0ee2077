package com.complaintbook.reporting.adapters.out.mongo;

import com.complaintbook.kit.sequence.StreamPositions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * How far each complaint's view is applied, for complaints the kit's sequence gate has no position of
 * yet: views written before the gate kept positions. Every event the view shows moves its
 * {@code lastSequence}, so the view's own guard is where such a complaint stands.
 */
@Component
class MongoComplaintViewPositions implements StreamPositions {

    private final MongoTemplate mongo;

    MongoComplaintViewPositions(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Map<String, Long> lastApplied(Set<String> complaintIds) {
        Map<String, Long> positions = new HashMap<>();
        mongo.getCollection(ComplaintViewDocument.COLLECTION)
                .find(Filters.in("_id", complaintIds))
                .projection(Projections.include("lastSequence"))
                .forEach(view -> positions.put(view.getString("_id"), ((Number) view.get("lastSequence")).longValue()));
        return positions;
    }
}

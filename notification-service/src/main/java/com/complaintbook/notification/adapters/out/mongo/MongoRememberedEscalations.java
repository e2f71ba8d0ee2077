package com.complaintbook.notification.adapters.out.mongo;

import com.complaintbook.notification.application.RememberedEscalations;
import com.complaintbook.notification.domain.ComplaintLevel;
import com.complaintbook.notification.domain.RememberedEscalation;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

@Component
class MongoRememberedEscalations implements RememberedEscalations {

    private final MongoTemplate mongo;

    MongoRememberedEscalations(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    // As for complaints: one unordered bulk, each escalation written once, as its last version.
    @Override
    public void remember(Collection<RememberedEscalation> escalations) {
        if (escalations.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkMode.UNORDERED, RememberedEscalationDocument.class,
                RememberedEscalationDocument.COLLECTION);
        escalations.stream()
                .map(RememberedEscalationDocument::of)
                .collect(Collectors.toMap(RememberedEscalationDocument::id, Function.identity(), (earlier, later) -> later,
                        LinkedHashMap::new))
                .values()
                .forEach(document -> bulk.replaceOne(query(where("_id").is(document.id())), document,
                        FindAndReplaceOptions.options().upsert()));
        bulk.execute();
    }

    @Override
    public Map<ComplaintLevel, RememberedEscalation> recall(Collection<ComplaintLevel> levels) {
        if (levels.isEmpty()) {
            return Map.of();
        }
        return mongo.find(query(where("_id").in(levels.stream().map(RememberedEscalationDocument::idOf).toList())),
                        RememberedEscalationDocument.class, RememberedEscalationDocument.COLLECTION).stream()
                .map(RememberedEscalationDocument::toEscalation)
                .collect(Collectors.toMap(RememberedEscalation::reached, Function.identity()));
    }
}

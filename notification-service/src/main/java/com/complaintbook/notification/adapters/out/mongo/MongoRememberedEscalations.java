package com.complaintbook.notification.adapters.out.mongo;

import com.complaintbook.notification.application.RememberedEscalations;
import com.complaintbook.notification.domain.RememberedEscalation;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

@Component
class MongoRememberedEscalations implements RememberedEscalations {

    private final MongoTemplate mongo;

    MongoRememberedEscalations(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void remember(RememberedEscalation escalation) {
        mongo.save(RememberedEscalationDocument.of(escalation), RememberedEscalationDocument.COLLECTION);
    }

    @Override
    public Optional<RememberedEscalation> recall(String complaintId, int level) {
        return Optional.ofNullable(mongo.findById(RememberedEscalationDocument.id(complaintId, level),
                RememberedEscalationDocument.class, RememberedEscalationDocument.COLLECTION))
                .map(RememberedEscalationDocument::toEscalation);
    }
}

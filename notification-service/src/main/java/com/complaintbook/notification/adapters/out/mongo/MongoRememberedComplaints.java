package com.complaintbook.notification.adapters.out.mongo;

import com.complaintbook.notification.application.RememberedComplaints;
import com.complaintbook.notification.domain.RememberedComplaint;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

@Component
class MongoRememberedComplaints implements RememberedComplaints {

    private final MongoTemplate mongo;

    MongoRememberedComplaints(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void remember(RememberedComplaint complaint) {
        mongo.save(RememberedComplaintDocument.of(complaint), RememberedComplaintDocument.COLLECTION);
    }

    @Override
    public Optional<RememberedComplaint> recall(String complaintId) {
        return Optional.ofNullable(mongo.findById(complaintId, RememberedComplaintDocument.class,
                RememberedComplaintDocument.COLLECTION)).map(RememberedComplaintDocument::toComplaint);
    }
}

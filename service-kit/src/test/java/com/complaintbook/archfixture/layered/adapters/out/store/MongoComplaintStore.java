package com.complaintbook.archfixture.layered.adapters.out.store;

import com.complaintbook.archfixture.layered.application.ComplaintStore;
import com.complaintbook.archfixture.layered.domain.Complaint;
import com.complaintbook.kit.time.ClockAutoConfiguration;
import org.springframework.data.mongodb.core.MongoTemplate;

public class MongoComplaintStore implements ComplaintStore {
    private final MongoTemplate mongo;

    public MongoComplaintStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void save(Complaint complaint) {
        mongo.save(complaint, ClockAutoConfiguration.class.getSimpleName());
    }
}

package com.complaintbook.archfixture.layered.config;

import com.complaintbook.archfixture.layered.adapters.out.store.MongoComplaintStore;
import com.complaintbook.archfixture.layered.application.SubmitComplaint;
import org.springframework.data.mongodb.core.MongoTemplate;

public class StoreConfiguration {
    SubmitComplaint submitComplaint(MongoTemplate mongo) {
        return new SubmitComplaint(new MongoComplaintStore(mongo));
    }
}

package com.complaintbook.intake.adapters.out.mongo;

import com.complaintbook.intake.application.SubmissionKeys;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Date;

/**
 * Claims live in {@code submission_keys}, one document per key with the key as {@code _id}: the
 * primary key's uniqueness is what makes a claim atomic, on the embedded server and on MongoDB.
 */
@Component
class MongoSubmissionKeys implements SubmissionKeys {

    static final String COLLECTION = "submission_keys";

    private final MongoTemplate mongo;
    private final Clock clock;

    MongoSubmissionKeys(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public Claim claim(String key, String fingerprint, String complaintId) {
        try {
            mongo.insert(new Document("_id", key)
                    .append("fingerprint", fingerprint)
                    .append("complaintId", complaintId)
                    .append("claimedAt", Date.from(clock.instant())), COLLECTION);
            return new Claim(complaintId, fingerprint, true);
        } catch (DuplicateKeyException claimedBefore) {
            Document earlier = mongo.getCollection(COLLECTION).find(new Document("_id", key)).first();
            if (earlier == null) {
                throw new IllegalStateException("Submission key " + key + " is claimed but cannot be read", claimedBefore);
            }
            return new Claim(earlier.getString("complaintId"), earlier.getString("fingerprint"), false);
        }
    }
}

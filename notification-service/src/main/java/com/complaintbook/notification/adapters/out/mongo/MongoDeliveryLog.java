package com.complaintbook.notification.adapters.out.mongo;

import com.complaintbook.notification.application.DeliveryLog;
import com.complaintbook.notification.domain.DeliveryKey;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Date;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Delivery records keyed by {@link DeliveryKey#id()} as {@code _id}.
 *
 * <p>A claim is one upsert filtered on {@code _id} and {@code status != SENT}. A record already SENT
 * matches nothing, so the upsert tries to insert a second document with the same {@code _id}, which
 * the unique {@code _id} index refuses: that refusal means "already sent". No read precedes the
 * write, so two consumers cannot both claim a sent delivery.
 */
@Component
class MongoDeliveryLog implements DeliveryLog {

    static final String COLLECTION = "deliveries";

    private final MongoTemplate mongo;

    MongoDeliveryLog(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean claim(DeliveryKey key, String complaintId, Instant at) {
        Update claim = new Update()
                .set("status", DeliveryStatus.SENDING.name())
                .set("claimedAt", Date.from(at))
                .inc("attempts", 1)
                .setOnInsert("eventId", key.eventId())
                .setOnInsert("complaintId", complaintId)
                .setOnInsert("purpose", key.purpose().code())
                .setOnInsert("recipient", key.recipient())
                .setOnInsert("firstClaimedAt", Date.from(at));
        try {
            mongo.upsert(query(where("_id").is(key.id()).and("status").ne(DeliveryStatus.SENT.name())), claim, COLLECTION);
            return true;
        } catch (DuplicateKeyException alreadySent) {
            return false;
        }
    }

    @Override
    public void markSent(DeliveryKey key, String channelReference, Instant at) {
        mongo.updateFirst(byId(key), new Update()
                .set("status", DeliveryStatus.SENT.name())
                .set("sentAt", Date.from(at))
                .set("channelReference", channelReference)
                .unset("lastError"), COLLECTION);
    }

    @Override
    public void markFailed(DeliveryKey key, String error, Instant at) {
        mongo.updateFirst(byId(key), new Update()
                .set("status", DeliveryStatus.FAILED.name())
                .set("failedAt", Date.from(at))
                .set("lastError", error), COLLECTION);
    }

    private static Query byId(DeliveryKey key) {
        return query(where("_id").is(key.id()));
    }
}

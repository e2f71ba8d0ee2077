package com.complaintbook.notification.adapters.out.mongo;

import com.complaintbook.notification.application.Delivery;
import com.complaintbook.notification.application.DeliveryLog;
import com.complaintbook.notification.application.SentMessage;
import com.complaintbook.notification.domain.DeliveryKey;
import com.mongodb.ErrorCategory;
import com.mongodb.bulk.BulkWriteError;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Delivery records keyed by {@link DeliveryKey#id()} as {@code _id}; each operation is one unordered
 * bulk write.
 *
 * <p>A claim is one upsert filtered on {@code _id} and {@code status != SENT}. A record already SENT
 * matches nothing, so the upsert tries to insert a second document with the same {@code _id}, which
 * the unique {@code _id} index refuses: that refusal means "already sent". No read precedes the
 * write, so two consumers cannot both claim a sent delivery. In an unordered bulk every upsert is
 * tried whatever happens to the others, and the bulk reports each refusal by its position.
 */
@Component
class MongoDeliveryLog implements DeliveryLog {

    static final String COLLECTION = "deliveries";

    private final MongoTemplate mongo;

    MongoDeliveryLog(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Set<DeliveryKey> claim(Collection<Delivery> deliveries, Instant at) {
        if (deliveries.isEmpty()) {
            return Set.of();
        }
        List<Delivery> claims = List.copyOf(deliveries);
        BulkOperations bulk = bulk();
        claims.forEach(delivery -> bulk.upsert(
                query(where("_id").is(delivery.key().id()).and("status").ne(DeliveryStatus.SENT.name())),
                claiming(delivery, at)));
        Set<DeliveryKey> claimed = new LinkedHashSet<>();
        claims.forEach(delivery -> claimed.add(delivery.key()));
        try {
            bulk.execute();
        } catch (BulkOperationException refusals) {
            for (BulkWriteError error : refusals.getErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw refusals;
                }
                claimed.remove(claims.get(error.getIndex()).key());
            }
        }
        return claimed;
    }

    @Override
    public void markSent(Collection<SentMessage> messages) {
        if (messages.isEmpty()) {
            return;
        }
        BulkOperations bulk = bulk();
        messages.forEach(message -> bulk.updateOne(byId(message.key()), new Update()
                .set("status", DeliveryStatus.SENT.name())
                .set("sentAt", Date.from(message.sentAt()))
                .set("channelReference", message.channelReference())
                .unset("lastError")));
        bulk.execute();
    }

    @Override
    public void markFailed(Map<DeliveryKey, String> errors, Instant at) {
        if (errors.isEmpty()) {
            return;
        }
        BulkOperations bulk = bulk();
        errors.forEach((key, error) -> bulk.updateOne(byId(key), new Update()
                .set("status", DeliveryStatus.FAILED.name())
                .set("failedAt", Date.from(at))
                .set("lastError", error)));
        bulk.execute();
    }

    private BulkOperations bulk() {
        return mongo.bulkOps(BulkMode.UNORDERED, COLLECTION);
    }

    private static Update claiming(Delivery delivery, Instant at) {
        DeliveryKey key = delivery.key();
        return new Update()
                .set("status", DeliveryStatus.SENDING.name())
                .set("claimedAt", Date.from(at))
                .inc("attempts", 1)
                .setOnInsert("eventId", key.eventId())
                .setOnInsert("complaintId", delivery.complaintId())
                .setOnInsert("purpose", key.purpose().code())
                .setOnInsert("recipient", key.recipient())
                .setOnInsert("firstClaimedAt", Date.from(at));
    }

    private static Query byId(DeliveryKey key) {
        return query(where("_id").is(key.id()));
    }
}

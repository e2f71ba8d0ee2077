package com.complaintbook.kit.sequence;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.bulk.BulkWriteUpsert;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The gate's two collections in the service's own database: {@value #POSITIONS} (one document per
 * stream, {@code _id} = stream, {@code applied} = the last sequence applied without a gap) and
 * {@value #HELD} (one document per held record, {@code _id} = {@code stream:sequence}). Every read and
 * write on the consumer's path goes by {@code _id}, which both real MongoDB and the embedded server
 * answer without a scan; only the gauges look at the whole of {@value #HELD}, which is empty unless
 * something is wrong.
 */
final class MongoSequenceStore {

    static final String POSITIONS = "stream_positions";
    static final String HELD = "held_events";

    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    private final MongoTemplate mongo;

    MongoSequenceStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Map<String, Long> positions(Set<String> streams) {
        Map<String, Long> positions = new HashMap<>();
        if (!streams.isEmpty()) {
            positions().find(Filters.in("_id", streams))
                    .forEach(position -> positions.put(position.getString("_id"), position.getLong("applied")));
        }
        return positions;
    }

    /** Moves each stream's position up to the given sequence; never down, so a late or racing write is harmless. */
    void advance(Map<String, Long> positions) {
        if (!positions.isEmpty()) {
            positions().bulkWrite(positions.entrySet().stream()
                    .map(position -> new UpdateOneModel<Document>(Filters.eq("_id", position.getKey()),
                            Updates.max("applied", position.getValue()), new UpdateOptions().upsert(true)))
                    .toList(), UNORDERED);
        }
    }

    /**
     * Stores each record unless it is held already (a redelivery keeps the first {@code heldAt}).
     *
     * @return the records that were not held before
     */
    List<HeldRecord> hold(List<HeldRecord> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        BulkWriteResult result;
        try {
            result = held().bulkWrite(records.stream()
                    .map(held -> new UpdateOneModel<Document>(Filters.eq("_id", held.record().heldId()),
                            Updates.setOnInsert(document(held)), new UpdateOptions().upsert(true)))
                    .toList(), UNORDERED);
        } catch (MongoBulkWriteException raced) {
            // Two consumers holding the same record during a rebalance: one insert wins, the other's
            // duplicate key means "held already". Anything else is a failure to retry.
            if (raced.getWriteConcernError() != null || raced.getWriteErrors().stream()
                    .anyMatch(error -> error.getCategory() != ErrorCategory.DUPLICATE_KEY)) {
                throw raced;
            }
            result = raced.getWriteResult();
        }
        return result.getUpserts().stream().map(BulkWriteUpsert::getIndex).map(records::get).toList();
    }

    List<SequencedRecord> held(Collection<String> ids) {
        List<SequencedRecord> held = new ArrayList<>();
        if (!ids.isEmpty()) {
            held().find(Filters.in("_id", ids)).forEach(document -> held.add(new SequencedRecord(
                    document.getString("stream"), document.getLong("sequence"), document.getString("value"))));
        }
        return held;
    }

    void release(Collection<String> ids) {
        if (!ids.isEmpty()) {
            held().deleteMany(Filters.in("_id", ids));
        }
    }

    /**
     * Lets go of held copies whose stream has moved past them: a copy whose record was applied after
     * all, but whose release did not happen (MongoDB went away between the two writes, or another
     * consumer applied the record while this one was holding it). Nothing asks for such a copy again,
     * so left alone it would be counted, and alarmed on, for ever. Looks at the oldest {@code limit}
     * copies only: the collection is empty unless something is wrong.
     *
     * @return how many copies were let go
     */
    long releaseOvertaken(int limit) {
        List<Document> oldest = held().find().sort(Sorts.ascending("heldAt")).limit(limit)
                .projection(new Document("stream", 1).append("sequence", 1)).into(new ArrayList<>());
        if (oldest.isEmpty()) {
            return 0;
        }
        Map<String, Long> positions = positions(oldest.stream().map(copy -> copy.getString("stream"))
                .collect(Collectors.toSet()));
        List<Object> overtaken = oldest.stream()
                .filter(copy -> copy.getLong("sequence") <= positions.getOrDefault(copy.getString("stream"), -1L))
                .map(copy -> copy.get("_id"))
                .toList();
        return overtaken.isEmpty() ? 0 : held().deleteMany(Filters.in("_id", overtaken)).getDeletedCount();
    }

    long countHeld() {
        return held().countDocuments();
    }

    Optional<Instant> oldestHeldAt() {
        return Optional.ofNullable(held().find().sort(Sorts.ascending("heldAt")).limit(1).first())
                .map(oldest -> oldest.getDate("heldAt").toInstant());
    }

    private static Document document(HeldRecord held) {
        return new Document("stream", held.record().stream())
                .append("sequence", held.record().sequence())
                .append("expected", held.expected())
                .append("heldAt", Date.from(held.heldAt()))
                .append("value", held.record().value());
    }

    private MongoCollection<Document> positions() {
        return mongo.getCollection(POSITIONS);
    }

    private MongoCollection<Document> held() {
        return mongo.getCollection(HELD);
    }
}

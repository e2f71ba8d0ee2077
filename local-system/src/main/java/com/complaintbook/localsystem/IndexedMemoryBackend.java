package com.complaintbook.localsystem;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;

import java.util.List;

/**
 * mongo-java-server's in-memory backend, answering more queries from its unique indexes.
 *
 * <p>Upstream, a collection uses an index only for a query whose fields are exactly the index's
 * fields. Every consumer here writes guarded upserts, {@code {_id: x, lastSequence: {$lt: n}}} or
 * {@code {_id: x, status: {$ne: "SENT"}}}, so each write scanned its whole collection: a write cost
 * time in proportion to the complaints already stored, and in a benchmark of 16,000 complaints this
 * server took one and a half of the machine's two cores and held the pipeline back. Real MongoDB uses
 * the {@code _id} index for these queries; so does this backend now. When a query pins every field of
 * a unique index (to one value or an {@code $in} list), at its top level or in a clause of a top-level
 * {@code $and} (as the driver's {@code Filters.and} writes it), the candidates come from that index and
 * the whole query is still matched against each of them, so the answer is the one a scan gives.
 */
final class IndexedMemoryBackend extends MemoryBackend {

    @Override
    public MemoryDatabase openOrCreateDatabase(String databaseName) {
        return new IndexedDatabase(databaseName, getCursorRegistry());
    }

    private static final class IndexedDatabase extends MemoryDatabase {

        IndexedDatabase(String databaseName, CursorRegistry cursorRegistry) {
            super(databaseName, cursorRegistry);
        }

        @Override
        protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
            return new IndexedCollection(this, collectionName, options, cursorRegistry);
        }
    }

    private static final class IndexedCollection extends MemoryCollection {

        IndexedCollection(MongoDatabase database, String collectionName, CollectionOptions options,
                          CursorRegistry cursorRegistry) {
            super(database, collectionName, options, cursorRegistry);
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                                             int batchSize, Document fieldSelector) {
            for (Index<Integer> index : getIndexes()) {
                Document pinned = pinnedFields(query, index);
                if (pinned != null && !pinned.equals(query) && index.canHandle(pinned)) {
                    return matchDocuments(query, index.getPositions(pinned), orderBy, numberToSkip, limit, batchSize,
                            fieldSelector);
                }
            }
            return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }

        /** The conditions {@code query} puts on the index's fields, or null if it leaves one of them open. */
        private static Document pinnedFields(Document query, Index<Integer> index) {
            Document pinned = new Document();
            for (IndexKey key : index.getKeys()) {
                Document condition = conditionOn(key.getKey(), query);
                if (condition == null) {
                    return null;
                }
                pinned.put(key.getKey(), condition.get(key.getKey()));
            }
            return pinned;
        }

        /** The top-level query, or the top-level {@code $and} clause, that names {@code field}; null if none does. */
        private static Document conditionOn(String field, Document query) {
            if (query.containsKey(field)) {
                return query;
            }
            if (query.get("$and") instanceof List<?> clauses) {
                for (Object clause : clauses) {
                    if (clause instanceof Document document && document.containsKey(field)) {
                        return document;
                    }
                }
            }
            return null;
        }
    }
}

package com.complaintbook.localsystem;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.aggregation.Aggregation;
import de.bwaldvogel.mongo.backend.aggregation.stage.ProjectStage;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.ErrorCode;
import de.bwaldvogel.mongo.exception.FailedToOptimizePipelineError;
import de.bwaldvogel.mongo.exception.MongoServerError;
import de.bwaldvogel.mongo.exception.TypeMismatchException;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;

import java.util.List;
import java.util.stream.StreamSupport;

/**
 * mongo-java-server's in-memory backend, answering queries, counts and aggregations from its indexes.
 *
 * <p>Upstream, a collection uses an index only for a query whose fields are exactly the index's
 * fields, ignores non-unique indexes altogether, and runs every aggregation over the whole collection,
 * so {@code countDocuments} (an aggregation) scans too. Every consumer here writes guarded upserts,
 * {@code {_id: x, lastSequence: {$lt: n}}} or {@code {_id: x, status: {$ne: "SENT"}}}, and routing counts
 * a group member's open complaints with {@code {current: member, open: true}}: each of them cost time in
 * proportion to the complaints already stored, and in a benchmark of 16,000 complaints this server took
 * one and a half of the machine's two cores and held the pipeline back. Real MongoDB uses its indexes
 * for these; so does this backend now:
 * <ul>
 *   <li>a non-unique index is a real one ({@link SecondaryIndex}), answering equality on its fields;</li>
 *   <li>when a query pins every field of an index (to one value or an {@code $in} list), at its top level
 *       or in a clause of a top-level {@code $and} (as the driver's {@code Filters.and} writes it), the
 *       candidates come from that index;</li>
 *   <li>an aggregation whose first stage is a {@code $match} such a query runs its stages over those
 *       candidates.</li>
 * </ul>
 * The whole query or {@code $match} is still applied to each candidate, so the answer is the one a scan
 * gives; a condition an index cannot answer exactly (null, a document or array, a regular expression,
 * another operator) leaves the query to a scan.
 */
final class IndexedMemoryBackend extends MemoryBackend {

    @Override
    public MemoryDatabase openOrCreateDatabase(String databaseName) {
        return new IndexedDatabase(databaseName, getCursorRegistry());
    }

    private static final class IndexedDatabase extends MemoryDatabase {

        private static final String PLAN_EXECUTOR_ERROR = "PlanExecutor error during aggregation :: caused by :: ";

        IndexedDatabase(String databaseName, CursorRegistry cursorRegistry) {
            super(databaseName, cursorRegistry);
        }

        @Override
        protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
            return new IndexedCollection(this, collectionName, options, cursorRegistry);
        }

        @Override
        protected Index<Integer> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                            boolean sparse) {
            return new SecondaryIndex(indexName, keys, sparse);
        }

        @Override
        public Document handleCommand(Channel channel, String command, Document query, DatabaseResolver databaseResolver,
                                      Oplog oplog) {
            if (command.equalsIgnoreCase("aggregate")) {
                Document answer = aggregateFromIndex(channel, command, query, databaseResolver, oplog);
                if (answer != null) {
                    return answer;
                }
            }
            return super.handleCommand(channel, command, query, databaseResolver, oplog);
        }

        /**
         * Runs an aggregation whose first stage is a {@code $match} an index answers: all its stages, that
         * {@code $match} included, run over the index's candidates rather than over the whole collection.
         * Null for any other aggregation, which upstream then runs.
         */
        private Document aggregateFromIndex(Channel channel, String command, Document query,
                                            DatabaseResolver databaseResolver, Oplog oplog) {
            if (!(query.get(command) instanceof String collectionName) || query.containsKey("explain")
                    || !(query.get("pipeline") instanceof List<?> pipeline) || pipeline.isEmpty()
                    || !(pipeline.get(0) instanceof Document first) || first.size() != 1
                    || !(first.get("$match") instanceof Document match)
                    || !(resolveCollection(collectionName, false) instanceof IndexedCollection collection)) {
                return null;
            }
            List<Document> candidates = collection.indexedCandidates(match);
            if (candidates == null) {
                return null;
            }
            clearLastStatus(channel);
            Aggregation aggregation = Aggregation.fromPipeline(Aggregation.parse(pipeline), databaseResolver, this,
                    collection, oplog);
            aggregation.validate(query);
            List<Document> result;
            // a failing stage is reported as upstream's own aggregate command reports it
            try {
                result = aggregation.runStages(candidates.stream());
            } catch (TypeMismatchException | FailedToOptimizePipelineError | ProjectStage.InvalidProjectException failure) {
                throw failure;
            } catch (MongoServerError failure) {
                throw failure.hasCode(ErrorCode._15998, ErrorCode._40353) ? failure
                        : new MongoServerError(failure.getCode(), failure.getCodeName(),
                                PLAN_EXECUTOR_ERROR + failure.getMessageWithoutErrorCode(), failure);
            }
            Document cursor = new Document("id", 0L).append("ns", getFullCollectionNamespace(collectionName))
                    .append("firstBatch", result);
            Document response = new Document("cursor", cursor);
            Utils.markOkay(response);
            return response;
        }
    }

    static final class IndexedCollection extends MemoryCollection {

        IndexedCollection(MongoDatabase database, String collectionName, CollectionOptions options,
                          CursorRegistry cursorRegistry) {
            super(database, collectionName, options, cursorRegistry);
        }

        /**
         * Builds the index under the collection's own monitor, the one its inserts, updates and deletes
         * hold. Upstream builds it holding only the database's lock, so a write landing during the build
         * changes a document the new index has already read, or adds one it never reads, before the index
         * joins the collection's list and is kept up to date: upstream's non-unique index was empty and
         * answered nothing, but a {@link SecondaryIndex} answers queries, and would miss that document for good.
         */
        @Override
        public synchronized void addIndex(Index<Integer> index) {
            super.addIndex(index);
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                                             int batchSize, Document fieldSelector) {
            Iterable<Integer> positions = indexedPositions(query);
            if (positions != null) {
                return matchDocuments(query, positions, orderBy, numberToSkip, limit, batchSize, fieldSelector);
            }
            return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }

        /**
         * The documents, in the collection's order, an index holds for the values {@code query} pins; every
         * document matching {@code query} is among them. Null if no index answers the query.
         */
        synchronized List<Document> indexedCandidates(Document query) {
            Iterable<Integer> positions = indexedPositions(query);
            if (positions == null) {
                return null;
            }
            return StreamSupport.stream(positions.spliterator(), false).sorted().map(this::getDocument).toList();
        }

        private Iterable<Integer> indexedPositions(Document query) {
            for (Index<Integer> index : getIndexes()) {
                Document pinned = pinnedFields(query, index);
                if (pinned != null && index.canHandle(pinned)) {
                    return index.getPositions(pinned);
                }
            }
            return null;
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

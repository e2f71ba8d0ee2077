package com.complaintbook.localsystem;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.CountOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.oplog.NoopOplog;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Queries, counts and aggregations answered from an index give what a scan of the collection gives: the
 * complaints are written alike to this backend and to upstream's, which scans, and asked alike.
 */
class IndexedMemoryBackendTest {

    private final IndexedMemoryBackend backend = new IndexedMemoryBackend();
    private MongoServer server;
    private MongoServer scanningServer;
    private MongoClient client;
    private MongoClient scanningClient;
    private MongoCollection<Document> views;
    private MongoCollection<Document> complaints;
    private MongoCollection<Document> scannedComplaints;

    @BeforeEach
    void start() {
        server = new MongoServer(backend);
        client = clientOf(server);
        scanningServer = new MongoServer(new MemoryBackend());
        scanningClient = clientOf(scanningServer);
        complaints = client.getDatabase("routing").getCollection("complaints");
        scannedComplaints = scanningClient.getDatabase("routing").getCollection("complaints");
        views = client.getDatabase("reporting").getCollection("views");
        views.createIndex(Indexes.ascending("reference"), new IndexOptions().unique(true));
        for (int number = 0; number < 50; number++) {
            views.insertOne(new Document("_id", "c" + number).append("lastSequence", number % 5)
                    .append("reference", "KB-26-" + number).append("status", number % 2 == 0 ? "SENT" : "SENDING"));
        }
    }

    @AfterEach
    void stop() {
        client.close();
        scanningClient.close();
        server.shutdownNow();
        scanningServer.shutdownNow();
    }

    @Test
    void aGuardedUpsertUpdatesAnOlderDocumentAndIsRefusedByANewerOne() {
        views.updateOne(Filters.and(Filters.eq("_id", "c3"), Filters.lt("lastSequence", 4)),
                Updates.set("lastSequence", 4), new UpdateOptions().upsert(true));

        assertThat(views.find(Filters.eq("_id", "c3")).first()).containsEntry("lastSequence", 4);
        assertThatThrownBy(() -> views.updateOne(Filters.and(Filters.eq("_id", "c3"), Filters.lt("lastSequence", 2)),
                Updates.set("lastSequence", 2), new UpdateOptions().upsert(true)))
                .isInstanceOfSatisfying(MongoWriteException.class,
                        refused -> assertThat(refused.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY));
        assertThat(views.find(Filters.eq("_id", "c3")).first()).containsEntry("lastSequence", 4);
    }

    @Test
    void aGuardedUpsertOfAnUnknownIdInsertsIt() {
        views.updateOne(Filters.and(Filters.eq("_id", "new"), Filters.ne("status", "SENT")),
                Updates.set("status", "SENDING"), new UpdateOptions().upsert(true));

        assertThat(views.countDocuments()).isEqualTo(51);
        assertThat(views.find(Filters.eq("_id", "new")).first()).containsEntry("status", "SENDING");
    }

    @Test
    void queriesPinningAnIndexedFieldFindWhatAScanFinds() {
        assertThat(ids(Filters.and(Filters.in("_id", "c1", "c2", "c3", "c4", "nobody"), Filters.eq("status", "SENT"))))
                .containsExactlyInAnyOrder("c2", "c4");
        assertThat(ids(Filters.and(Filters.eq("reference", "KB-26-7"), Filters.ne("_id", "c7")))).isEmpty();
        assertThat(ids(Filters.and(Filters.eq("reference", "KB-26-7"), Filters.ne("_id", "c8")))).containsExactly("c7");
        assertThat(ids(Filters.and(Filters.eq("_id", "c9"), Filters.gt("lastSequence", 3)))).containsExactly("c9");
        assertThat(ids(Filters.and(Filters.eq("_id", "c9"), Filters.lt("lastSequence", 3)))).isEmpty();
        assertThat(ids(Filters.and(Filters.gt("lastSequence", 3), Filters.eq("status", "SENT"))))
                .containsExactlyInAnyOrder("c4", "c14", "c24", "c34", "c44");
    }

    @Test
    void countsFindsAndAggregationsByANonUniqueIndexFollowInsertsUpdatesDeletesAndUpserts() {
        onBoth(collection -> collection.createIndex(Indexes.ascending("current", "open"),
                new IndexOptions().name("current_open")));
        insertComplaints(60);
        assertIndexedMembersAnswerAsAScan();

        onBoth(collection -> collection.updateOne(Filters.eq("_id", "k1"), Updates.set("open", false)));
        assertIndexedMembersAnswerAsAScan();
        onBoth(collection -> collection.updateOne(Filters.eq("_id", "k2"), Updates.set("current", "p3")));
        assertIndexedMembersAnswerAsAScan();
        onBoth(collection -> collection.updateMany(openOf("p0"), Updates.set("current", "p2")));
        assertIndexedMembersAnswerAsAScan();
        onBoth(collection -> collection.deleteOne(Filters.eq("_id", "k5")));
        onBoth(collection -> collection.deleteMany(new Document("current", "p3").append("open", false)));
        assertIndexedMembersAnswerAsAScan();
        onBoth(collection -> collection.updateOne(Filters.and(Filters.eq("_id", "new"), openOf("p9")),
                Updates.set("note", "upserted"), new UpdateOptions().upsert(true)));
        onBoth(collection -> collection.replaceOne(Filters.eq("_id", "k7"), new Document("current", "p1").append("open", true)));
        assertIndexedMembersAnswerAsAScan();

        assertThat(complaints.countDocuments(openOf("p9"))).isEqualTo(1);
        assertThat(complaints.countDocuments(openOf("p0"))).isZero();
        assertThat(complaints.countDocuments(new Document("current", "p3").append("open", false))).isZero();
        assertThat(complaints.find(openOf("p1")).map(document -> document.getString("_id")).into(new ArrayList<>()))
                .contains("k7").doesNotContain("k1");
    }

    @Test
    void anIndexAnswersOnlyTheQueriesItAnswersExactly() {
        onBoth(collection -> collection.createIndex(Indexes.ascending("current", "open"),
                new IndexOptions().name("current_open")));
        insertComplaints(30);

        assertThat(candidateIds(query("current", "p1", "open", true))).isEqualTo(sortedIds(complaints, openOf("p1")))
                .isNotEmpty();
        assertThat(candidateIds(query("current", query("$in", List.of("p1", "p2", "nobody")), "open", false)))
                .isEqualTo(sortedIds(complaints, Filters.and(Filters.in("current", "p1", "p2"), Filters.eq("open", false))))
                .isNotEmpty();
        assertThat(candidateIds(query("$and", List.of(query("current", "p1"), query("open", true))))).isNotEmpty();

        assertThat(candidates(query("current", "p1"))).as("a part of the index").isNull();
        assertThat(candidates(query("current", null, "open", true))).as("null").isNull();
        assertThat(candidates(query("current", query("$in", Arrays.asList("p1", null)), "open", true))).as("null in")
                .isNull();
        assertThat(candidates(query("current", "p1", "open", query("$ne", false)))).as("operator").isNull();
        assertThat(candidates(query("current", List.of("p1"), "open", true))).as("array").isNull();
        assertThat(candidates(query("current", query("id", "p1"), "open", true))).as("document").isNull();
        assertThat(candidates(query("current", new BsonRegularExpression("p1"), "open", true))).as("regex").isNull();

        assertThat(sortedIds(complaints, Filters.eq("current", "p1")))
                .isEqualTo(sortedIds(scannedComplaints, Filters.eq("current", "p1"))).isNotEmpty();
        assertThat(sortedIds(complaints, Filters.and(Filters.eq("current", "p1"), Filters.ne("open", false))))
                .isEqualTo(sortedIds(complaints, openOf("p1")));
    }

    @Test
    void anArrayIsIndexedByEachOfItsElements() {
        onBoth(collection -> collection.createIndex(Indexes.ascending("current", "tags")));
        onBoth(collection -> collection.createIndex(Indexes.ascending("tags")));
        insertComplaints(40);
        List<Bson> questions = List.of(Filters.eq("tags", "t0"), Filters.eq("tags", "t1"), Filters.in("tags", "t1", "t3"),
                Filters.and(Filters.eq("current", "p1"), Filters.eq("tags", "t2")), Filters.eq("tags", "t9"),
                Filters.size("tags", 0));
        assertThat(candidateIds(query("tags", "t1"))).isEqualTo(sortedIds(complaints, Filters.eq("tags", "t1")))
                .isNotEmpty();
        assertAnswersAsAScan(questions);

        onBoth(collection -> collection.updateMany(Filters.eq("tags", "t1"), Updates.pull("tags", "t1")));
        onBoth(collection -> collection.updateOne(Filters.eq("_id", "k1"), Updates.push("tags", "t1")));
        assertAnswersAsAScan(questions);
        onBoth(collection -> collection.deleteMany(Filters.size("tags", 0)));
        onBoth(collection -> collection.deleteOne(Filters.eq("_id", "k0")));
        assertAnswersAsAScan(questions);

        assertThat(sortedIds(complaints, Filters.eq("tags", "t1"))).containsExactly("k1");
        assertThat(candidateIds(query("tags", "t1"))).containsExactly("k1");
        assertThat(candidateIds(query("current", "p1", "tags", "t2")))
                .isEqualTo(sortedIds(complaints, Filters.and(Filters.eq("current", "p1"), Filters.eq("tags", "t2"))));
        assertThat(complaints.countDocuments(Filters.size("tags", 0))).isZero();
    }

    @Test
    void aSparseIndexHoldsOnlyTheDocumentsHavingItsField() {
        onBoth(collection -> collection.createIndex(Indexes.ascending("escalatedTo"), new IndexOptions().sparse(true)));
        insertComplaints(30);
        onBoth(collection -> collection.updateMany(Filters.in("_id", "k1", "k2", "k3", "k4"),
                Updates.set("escalatedTo", "lead")));
        onBoth(collection -> collection.updateOne(Filters.eq("_id", "k5"), Updates.set("escalatedTo", "head")));
        List<Bson> questions = List.of(Filters.eq("escalatedTo", "lead"), Filters.in("escalatedTo", "lead", "head"),
                Filters.eq("escalatedTo", "nobody"), Filters.exists("escalatedTo", false));
        assertAnswersAsAScan(questions);

        onBoth(collection -> collection.updateOne(Filters.eq("_id", "k2"), Updates.unset("escalatedTo")));
        onBoth(collection -> collection.deleteMany(Filters.in("_id", "k2", "k3", "k10")));
        assertAnswersAsAScan(questions);

        assertThat(sortedIds(complaints, Filters.eq("escalatedTo", "lead"))).containsExactly("k1", "k4");
        assertThat(candidateIds(query("escalatedTo", "lead"))).containsExactly("k1", "k4");
        assertThat(index("escalatedTo_1").getCount()).isEqualTo(3);
        assertThat(complaints.listIndexes().into(new ArrayList<>()))
                .anySatisfy(index -> assertThat(index).containsEntry("name", "escalatedTo_1").containsEntry("sparse", true));
    }

    @Test
    void droppingAnIndexLeavesItsQueriesToAScanAndRecreatingItIndexesTheDocumentsStored() {
        onBoth(collection -> collection.createIndex(Indexes.ascending("current", "open"),
                new IndexOptions().name("current_open")));
        insertComplaints(30);

        onBoth(collection -> collection.dropIndex("current_open"));
        assertThat(candidates(query("current", "p1", "open", true))).isNull();
        onBoth(collection -> collection.updateOne(Filters.eq("_id", "k1"), Updates.set("open", false)));
        onBoth(collection -> collection.updateOne(Filters.eq("_id", "k2"), Updates.set("current", "p1")));
        onBoth(collection -> collection.deleteOne(Filters.eq("_id", "k5")));
        assertMembersAnswerAsAScan();

        onBoth(collection -> collection.createIndex(Indexes.ascending("current", "open"),
                new IndexOptions().name("current_open")));
        assertThat(candidateIds(query("current", "p1", "open", true))).isEqualTo(sortedIds(complaints, openOf("p1")))
                .contains("k2").doesNotContain("k1", "k5");
        assertIndexedMembersAnswerAsAScan();
    }

    @Test
    void anAggregationStartingWithAMatchAnIndexAnswersRunsItsStagesOverTheIndexedCandidates() {
        onBoth(collection -> collection.createIndex(Indexes.ascending("current", "open"),
                new IndexOptions().name("current_open")));
        insertComplaints(60);

        assertThat(openPerMember(complaints, "p1", "p2", "p9")).containsExactly(
                new Document("_id", "p1").append("n", 10), new Document("_id", "p2").append("n", 10));
        List<List<Bson>> pipelines = List.of(
                List.of(Aggregates.match(Filters.and(Filters.eq("current", "p1"), Filters.eq("open", false))),
                        Aggregates.sort(Sorts.descending("_id")), Aggregates.skip(1), Aggregates.limit(3),
                        Aggregates.project(Projections.include("current"))),
                List.of(Aggregates.match(Filters.in("_id", "k1", "k2", "k3", "nobody")), Aggregates.count("n")),
                List.of(Aggregates.match(Filters.eq("current", "p1")), Aggregates.count("n")),
                List.of(Aggregates.match(openOf("p3")), Aggregates.group(null, Accumulators.max("last", "$_id"))));
        for (List<Bson> pipeline : pipelines) {
            assertThat(complaints.aggregate(pipeline).into(new ArrayList<>())).as("%s", pipeline)
                    .isEqualTo(scannedComplaints.aggregate(pipeline).into(new ArrayList<>())).isNotEmpty();
        }
        assertThat(complaints.countDocuments(openOf("p1"), new CountOptions().skip(2).limit(5))).isEqualTo(5);
        assertThat(complaints.countDocuments(openOf("p1"), new CountOptions().skip(8))).isEqualTo(2);
        assertThat(client.getDatabase("routing").getCollection("absent").countDocuments(openOf("p1"))).isZero();
    }

    @Test
    void aCountOfAMembersOpenComplaintsReadsOnlyWhatTheIndexHolds() {
        onBoth(collection -> collection.createIndex(Indexes.ascending("current", "open"),
                new IndexOptions().name("current_open")));
        insertComplaints(30);
        // moved behind the index's back: only a scan still finds it under its new member
        candidates(query("current", "p1", "open", true)).get(0).put("current", "p7");

        assertThat(complaints.countDocuments(Filters.eq("current", "p7"))).isEqualTo(1);
        assertThat(complaints.countDocuments(openOf("p7"))).isZero();
        assertThat(openPerMember(complaints, "p7")).isEmpty();
        assertThat(complaints.find(openOf("p7")).first()).isNull();
    }

    @Test
    void anIndexBuiltWhileOthersWriteHoldsEveryWriteMadeMeanwhile() throws Exception {
        List<Document> stored = new ArrayList<>();
        for (int number = 0; number < 20_000; number++) {
            stored.add(new Document("_id", "k" + number).append("current", "p" + number % 4)
                    .append("open", number % 3 != 0));
        }
        complaints.insertMany(stored);

        buildWhileWriting(stored.size());

        for (String member : List.of("p0", "p1", "p2", "p3")) {
            long scanned = complaints.find(Filters.eq("current", member)).into(new ArrayList<>()).stream()
                    .filter(complaint -> complaint.getBoolean("open")).count();
            assertThat(candidates(query("current", member, "open", true))).as("answered by the index").isNotNull();
            assertThat(complaints.countDocuments(openOf(member))).as("%s's open complaints", member).isEqualTo(scanned);
        }
    }

    /**
     * Creates the current_open index while two threads move the {@code stored} complaints (k0, k1, ...)
     * between members and open states and insert new ones. The threads write to the collection itself: through the server each
     * write also passes the database's lock, which the build holds, so only a write already under way
     * when the build starts could race it, and a test that way would rarely meet the race at all.
     */
    private void buildWhileWriting(int stored) throws Exception {
        int writers = 2;
        IndexedMemoryBackend.IndexedCollection collection = storedComplaints();
        AtomicBoolean built = new AtomicBoolean();
        CountDownLatch writing = new CountDownLatch(writers);
        ExecutorService threads = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (int writer = 0; writer < writers; writer++) {
                String prefix = "w" + writer + "-";
                writes.add(threads.submit(() -> {
                    for (int write = 0; !built.get(); write++) {
                        String id = "k" + ThreadLocalRandom.current().nextInt(stored);
                        collection.updateDocuments(query("_id", id),
                                query("$set", query("current", "p" + write % 4, "open", write % 3 != 0)),
                                ArrayFilters.empty(), false, false, NoopOplog.get());
                        collection.insertDocuments(List.of(query("_id", prefix + write, "current", "p" + write % 4,
                                "open", true)), true);
                        writing.countDown();
                    }
                    return null;
                }));
            }
            writing.await(1, TimeUnit.MINUTES);
            complaints.createIndex(Indexes.ascending("current", "open"), new IndexOptions().name("current_open"));
            built.set(true);
            for (Future<?> write : writes) {
                write.get(1, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private void insertComplaints(int count) {
        onBoth(collection -> {
            for (int number = 0; number < count; number++) {
                Document complaint = new Document("_id", "k" + number).append("current", "p" + number % 4)
                        .append("open", number % 3 != 0);
                if (number % 7 == 1) {
                    complaint.append("tags", List.of());
                } else if (number % 7 != 0) {
                    complaint.append("tags", List.of("t" + number % 3, "t" + (number % 3 + 1)));
                }
                collection.insertOne(complaint);
            }
        });
    }

    private void onBoth(Consumer<MongoCollection<Document>> change) {
        change.accept(complaints);
        change.accept(scannedComplaints);
    }

    private void assertMembersAnswerAsAScan() {
        List<Bson> questions = new ArrayList<>();
        for (String member : List.of("p0", "p1", "p2", "p3", "p9")) {
            questions.add(openOf(member));
            questions.add(new Document("current", member).append("open", false));
            questions.add(Filters.eq("current", member));
        }
        questions.add(Filters.and(Filters.in("current", "p1", "p2", "p9"), Filters.in("open", true, false)));
        assertAnswersAsAScan(questions);
        assertThat(openPerMember(complaints, "p0", "p1", "p2", "p3", "p9"))
                .isEqualTo(openPerMember(scannedComplaints, "p0", "p1", "p2", "p3", "p9")).isNotEmpty();
    }

    /** As {@link #assertMembersAnswerAsAScan()}, and the index holds a member's complaints and no others. */
    private void assertIndexedMembersAnswerAsAScan() {
        assertMembersAnswerAsAScan();
        for (String member : List.of("p0", "p1", "p2", "p3", "p9")) {
            for (boolean open : List.of(true, false)) {
                assertThat(candidateIds(query("current", member, "open", open))).as("%s open %s", member, open)
                        .isEqualTo(sortedIds(complaints, new Document("current", member).append("open", open)));
            }
        }
    }

    private void assertAnswersAsAScan(List<Bson> questions) {
        for (Bson question : questions) {
            assertThat(sortedIds(complaints, question)).as("find %s", question)
                    .isEqualTo(sortedIds(scannedComplaints, question));
            assertThat(complaints.countDocuments(question)).as("count %s", question)
                    .isEqualTo(scannedComplaints.countDocuments(question));
        }
    }

    /** Routing's count of a member's open complaints, for several members at once. */
    private static List<Document> openPerMember(MongoCollection<Document> collection, String... members) {
        return collection.aggregate(List.of(
                Aggregates.match(new Document("current", new Document("$in", List.of(members))).append("open", true)),
                Aggregates.group("$current", Accumulators.sum("n", 1)),
                Aggregates.sort(Sorts.ascending("_id")))).into(new ArrayList<>());
    }

    private static Bson openOf(String member) {
        return Filters.and(Filters.eq("current", member), Filters.eq("open", true));
    }

    private static List<String> sortedIds(MongoCollection<Document> collection, Bson filter) {
        return collection.find(filter).map(document -> String.valueOf(document.get("_id"))).into(new ArrayList<>())
                .stream().sorted().toList();
    }

    private List<de.bwaldvogel.mongo.bson.Document> candidates(de.bwaldvogel.mongo.bson.Document query) {
        return storedComplaints().indexedCandidates(query);
    }

    private List<String> candidateIds(de.bwaldvogel.mongo.bson.Document query) {
        return candidates(query).stream().map(document -> String.valueOf(document.get("_id"))).sorted().toList();
    }

    private Index<Integer> index(String name) {
        return storedComplaints().getIndexes().stream().filter(index -> index.getName().equals(name)).findFirst()
                .orElseThrow();
    }

    private IndexedMemoryBackend.IndexedCollection storedComplaints() {
        return (IndexedMemoryBackend.IndexedCollection) backend.resolveDatabase("routing")
                .resolveCollection("complaints", true);
    }

    private static de.bwaldvogel.mongo.bson.Document query(Object... namesAndValues) {
        de.bwaldvogel.mongo.bson.Document query = new de.bwaldvogel.mongo.bson.Document();
        for (int at = 0; at < namesAndValues.length; at += 2) {
            query.append((String) namesAndValues[at], namesAndValues[at + 1]);
        }
        return query;
    }

    private static MongoClient clientOf(MongoServer server) {
        InetSocketAddress address = server.bind();
        return MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
    }

    private List<String> ids(Bson filter) {
        return views.find(filter).map(document -> document.getString("_id")).into(new ArrayList<>());
    }
}

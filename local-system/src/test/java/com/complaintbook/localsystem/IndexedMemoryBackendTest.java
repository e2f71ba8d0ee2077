package com.complaintbook.localsystem;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Queries answered from an index give what a scan of the collection gives. */
class IndexedMemoryBackendTest {

    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> views;

    @BeforeEach
    void start() {
        server = new MongoServer(new IndexedMemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
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
        server.shutdownNow();
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

    private List<String> ids(org.bson.conversions.Bson filter) {
        return views.find(filter).map(document -> document.getString("_id")).into(new ArrayList<>());
    }
}

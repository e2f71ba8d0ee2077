package com.complaintbook.kit.test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RestartableMongoTest {

    @Test
    void givenAServerKeepingData_whenItIsStoppedAndStartedAgain_thenWhatWasWrittenIsStillThere() {
        RestartableMongo mongo = RestartableMongo.keepingData();
        try {
            write(mongo);
            mongo.stop();
            mongo.start();

            assertThat(count(mongo)).isEqualTo(1);
        } finally {
            mongo.afterAll(null);
        }
    }

    @Test
    void givenAPlainServer_whenItIsStoppedAndStartedAgain_thenItComesBackEmpty() {
        RestartableMongo mongo = new RestartableMongo();
        try {
            write(mongo);
            mongo.stop();
            mongo.start();

            assertThat(count(mongo)).isZero();
        } finally {
            mongo.afterAll(null);
        }
    }

    private static void write(RestartableMongo mongo) {
        try (MongoClient client = MongoClients.create(mongo.uri("kit"))) {
            decisions(client).insertOne(new Document("_id", "complaint-1"));
        }
    }

    private static long count(RestartableMongo mongo) {
        try (MongoClient client = MongoClients.create(mongo.uri("kit"))) {
            return decisions(client).countDocuments();
        }
    }

    private static MongoCollection<Document> decisions(MongoClient client) {
        return client.getDatabase("kit").getCollection("decisions");
    }
}

package com.complaintbook.notification.adapters.out.mongo;

import com.complaintbook.notification.domain.DeliveryKey;
import com.complaintbook.notification.domain.Purpose;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The claim protocol of delivery records, against a real MongoDB wire-protocol server. */
class MongoDeliveryLogIT {

    private static final Instant T0 = Instant.parse("2026-11-20T09:16:00Z");
    private static final DeliveryKey KEY = new DeliveryKey("ev-1", Purpose.COMPLAINT_RECEIVED, "olena@example.com");

    private static MongoServer server;
    private static MongoClient client;

    private MongoTemplate mongo;
    private MongoDeliveryLog log;

    @BeforeAll
    static void startServer() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.shutdownNow();
    }

    @BeforeEach
    void freshDatabase() {
        mongo = new MongoTemplate(client, "notification");
        mongo.getDb().drop();
        log = new MongoDeliveryLog(mongo);
    }

    @Test
    void aSentDeliveryCannotBeClaimedAgain() {
        assertThat(log.claim(KEY, "c-1", T0)).isTrue();
        log.markSent(KEY, "<abc@retail.example>", T0.plusSeconds(1));

        assertThat(log.claim(KEY, "c-1", T0.plusSeconds(2))).isFalse();

        Document record = record();
        assertThat(record.getString("status")).isEqualTo("SENT");
        assertThat(record.getInteger("attempts")).isEqualTo(1);
        assertThat(record.getString("eventId")).isEqualTo("ev-1");
        assertThat(record.getString("complaintId")).isEqualTo("c-1");
        assertThat(record.getString("purpose")).isEqualTo("complaint-received");
        assertThat(record.getString("channelReference")).isEqualTo("<abc@retail.example>");
    }

    @Test
    void aFailedOrUnfinishedDeliveryIsClaimedAgainAndCountsItsAttempts() {
        assertThat(log.claim(KEY, "c-1", T0)).isTrue();
        log.markFailed(KEY, "MailSendException: connection refused", T0);
        assertThat(record().getString("status")).isEqualTo("FAILED");
        assertThat(record().getString("lastError")).contains("connection refused");

        assertThat(log.claim(KEY, "c-1", T0.plusSeconds(5))).isTrue();
        assertThat(log.claim(KEY, "c-1", T0.plusSeconds(10))).isTrue();
        log.markSent(KEY, "<abc@retail.example>", T0.plusSeconds(11));

        Document record = record();
        assertThat(record.getString("status")).isEqualTo("SENT");
        assertThat(record.getInteger("attempts")).isEqualTo(3);
        assertThat(record.containsKey("lastError")).isFalse();
    }

    private Document record() {
        return mongo.getCollection(MongoDeliveryLog.COLLECTION).find(new Document("_id", KEY.id())).first();
    }
}

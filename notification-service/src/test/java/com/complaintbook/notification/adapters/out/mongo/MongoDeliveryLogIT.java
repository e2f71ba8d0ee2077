package com.complaintbook.notification.adapters.out.mongo;

import com.complaintbook.contracts.Language;
import com.complaintbook.kit.test.InMemoryMongo;
import com.complaintbook.notification.application.Delivery;
import com.complaintbook.notification.application.SentMessage;
import com.complaintbook.notification.domain.DeliveryKey;
import com.complaintbook.notification.domain.Notice;
import com.complaintbook.notification.domain.Purpose;
import com.complaintbook.notification.domain.Recipient;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The claim protocol of delivery records, a batch at a time, against a real MongoDB wire-protocol server. */
class MongoDeliveryLogIT {

    private static final Instant T0 = Instant.parse("2026-11-20T09:16:00Z");
    private static final Delivery OLENAS = delivery("ev-1", "olena@example.com");

    @RegisterExtension
    static final InMemoryMongo MONGO = new InMemoryMongo();

    private MongoTemplate mongo;
    private MongoDeliveryLog log;

    @BeforeEach
    void freshDatabase() {
        mongo = MONGO.freshDatabase("notification");
        log = new MongoDeliveryLog(mongo);
    }

    @Test
    void aSentDeliveryCannotBeClaimedAgain() {
        assertThat(log.claim(List.of(OLENAS), T0)).containsExactly(OLENAS.key());
        log.markSent(List.of(new SentMessage(OLENAS.key(), "<abc@retail.example>", T0.plusSeconds(1))));

        assertThat(log.claim(List.of(OLENAS), T0.plusSeconds(2))).isEmpty();

        Document record = record(OLENAS.key());
        assertThat(record.getString("status")).isEqualTo("SENT");
        assertThat(record.getInteger("attempts")).isEqualTo(1);
        assertThat(record.getString("eventId")).isEqualTo("ev-1");
        assertThat(record.getString("complaintId")).isEqualTo("c-ev-1");
        assertThat(record.getString("purpose")).isEqualTo("complaint-received");
        assertThat(record.getString("channelReference")).isEqualTo("<abc@retail.example>");
        assertThat(record.getDate("sentAt").toInstant()).isEqualTo(T0.plusSeconds(1));
    }

    @Test
    void aFailedOrUnfinishedDeliveryIsClaimedAgainAndCountsItsAttempts() {
        assertThat(log.claim(List.of(OLENAS), T0)).containsExactly(OLENAS.key());
        log.markFailed(Map.of(OLENAS.key(), "MailSendException: connection refused"), T0);
        assertThat(record(OLENAS.key()).getString("status")).isEqualTo("FAILED");
        assertThat(record(OLENAS.key()).getString("lastError")).contains("connection refused");

        assertThat(log.claim(List.of(OLENAS), T0.plusSeconds(5))).containsExactly(OLENAS.key());
        assertThat(log.claim(List.of(OLENAS), T0.plusSeconds(10))).containsExactly(OLENAS.key());
        log.markSent(List.of(new SentMessage(OLENAS.key(), "<abc@retail.example>", T0.plusSeconds(11))));

        Document record = record(OLENAS.key());
        assertThat(record.getString("status")).isEqualTo("SENT");
        assertThat(record.getInteger("attempts")).isEqualTo(3);
        assertThat(record.containsKey("lastError")).isFalse();
    }

    @Test
    void givenABatchWithSomeDeliveriesAlreadySent_thenOnlyTheOthersAreClaimed() {
        List<Delivery> batch = IntStream.range(0, 6).mapToObj(i -> delivery("ev-" + i, "reader-" + i + "@example.com")).toList();
        log.claim(List.of(batch.get(1), batch.get(4)), T0);
        log.markSent(List.of(new SentMessage(batch.get(1).key(), "<1@retail.example>", T0),
                new SentMessage(batch.get(4).key(), "<4@retail.example>", T0)));
        log.claim(List.of(batch.get(2)), T0);
        log.markFailed(Map.of(batch.get(2).key(), "relay down"), T0);

        assertThat(log.claim(batch, T0.plusSeconds(1))).containsExactlyInAnyOrder(
                batch.get(0).key(), batch.get(2).key(), batch.get(3).key(), batch.get(5).key());

        assertThat(record(batch.get(1).key()).getString("channelReference")).isEqualTo("<1@retail.example>");
        assertThat(record(batch.get(1).key()).getInteger("attempts")).isEqualTo(1);
        assertThat(record(batch.get(2).key()).getString("status")).isEqualTo("SENDING");
        assertThat(record(batch.get(2).key()).getInteger("attempts")).isEqualTo(2);
        assertThat(record(batch.get(5).key()).getString("status")).isEqualTo("SENDING");
    }

    @Test
    void givenABatchDeliveredAgain_thenNothingOfItIsClaimedTwice() {
        List<Delivery> batch = IntStream.range(0, 50).mapToObj(i -> delivery("ev-" + i, "reader-" + i + "@example.com")).toList();
        assertThat(log.claim(batch, T0)).hasSize(50);
        log.markSent(batch.stream().map(delivery -> new SentMessage(delivery.key(), "<" + delivery.key().eventId() + ">", T0)).toList());

        assertThat(log.claim(batch, T0.plusSeconds(1))).isEmpty();
        assertThat(mongo.getCollection(MongoDeliveryLog.COLLECTION).countDocuments(new Document("status", "SENT"))).isEqualTo(50);
    }

    private Document record(DeliveryKey key) {
        return mongo.getCollection(MongoDeliveryLog.COLLECTION).find(new Document("_id", key.id())).first();
    }

    private static Delivery delivery(String eventId, String recipient) {
        Notice notice = new Notice(Purpose.COMPLAINT_RECEIVED, new Recipient(null, recipient), Language.UK, Map.of());
        return new Delivery(new DeliveryKey(eventId, Purpose.COMPLAINT_RECEIVED, recipient), "c-" + eventId, notice);
    }
}

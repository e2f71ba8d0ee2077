package com.complaintbook.notification;

import com.complaintbook.contracts.Topics;
import com.complaintbook.contracts.events.ComplaintEventType;
import com.complaintbook.contracts.samples.SampleEvent;
import com.complaintbook.kit.test.EmbeddedMongo;
import com.icegreen.greenmail.util.GreenMail;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A relay that is down from the start while a batch is handled, and comes back after its letters
 * failed: the kit's failure policy holds the batch's record meanwhile, retrying it (200 ms to 1 s),
 * so every letter of the batch arrives exactly once, and every delivery record ends SENT.
 */
@SpringBootTest(properties = {
        "complaintbook.kafka.retry.initial-interval=200ms",
        "complaintbook.kafka.retry.max-interval=1s",
        "spring.mail.host=127.0.0.1",
        "complaintbook.notification.customer-links.secret=test-customer-link-secret-0123456789"})
@EmbeddedKafka(partitions = 1, topics = Topics.COMPLAINT_EVENTS, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@Import(EmbeddedMongo.class)
class RelayComesBackIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final RestartableRelay RELAY = new RestartableRelay();

    private GreenMail relay;

    @Autowired
    private KafkaTemplate<String, String> kafka;

    @Autowired
    private MongoTemplate mongo;

    @Autowired
    private MeterRegistry meters;

    @DynamicPropertySource
    static void relayThatIsNotThereYet(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", RELAY::port);
    }

    @AfterEach
    void stopRelay() {
        RELAY.stop();
    }

    @Test
    void givenTheRelayIsDownForAWhile_thenEveryLetterOfTheBatchArrivesOnceItIsBack() {
        List<String> ids = IntStream.range(0, 3).mapToObj(i -> UUID.randomUUID().toString()).toList();
        ids.stream().map(id -> kafka.send(Topics.COMPLAINT_EVENTS, id, SampleEvent.of(ComplaintEventType.SUBMITTED)
                        .forComplaint(id).payload("customer", JsonMapper.builder().build().createObjectNode()
                                .put("email", customerOf(id))).json()))
                .toList().forEach(CompletableFuture::join);
        await().atMost(PATIENCE).until(() -> failedSends() >= 3);

        relay = RELAY.start();

        await().atMost(PATIENCE).until(() -> ids.stream().allMatch(id -> mailsTo(customerOf(id)) > 0));
        assertThat(Arrays.stream(relay.getReceivedMessages()).collect(Collectors.groupingBy(
                ReceivedMail::messageIdOf, Collectors.counting())))
                .hasSize(ids.size())
                .allSatisfy((messageId, count) -> assertThat(count).as("letters with Message-ID %s", messageId).isEqualTo(1));
        assertThat(ids).allSatisfy(id -> {
            assertThat(mailsTo(customerOf(id))).isEqualTo(1);
            Document delivery = mongo.getCollection("deliveries").find(new Document("complaintId", id)).first();
            assertThat(delivery).isNotNull();
            assertThat(delivery.getString("status")).isEqualTo("SENT");
        });
    }

    private double failedSends() {
        return Search.in(meters).name("complaintbook.notification.messages.failed").counters().stream()
                .mapToDouble(counter -> counter.count()).sum();
    }

    private long mailsTo(String address) {
        return ReceivedMail.to(relay, address).size();
    }

    private static String customerOf(String complaintId) {
        return "back-" + complaintId + "@example.com";
    }

}

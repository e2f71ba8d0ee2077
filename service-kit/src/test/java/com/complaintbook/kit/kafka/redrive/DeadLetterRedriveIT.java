package com.complaintbook.kit.kafka.redrive;

import com.complaintbook.contracts.Topics;
import com.complaintbook.kit.events.UnreadableEventException;
import com.complaintbook.kit.kafka.ConsumerFailurePolicy;
import com.complaintbook.kit.kafka.ConsumerRetryState;
import com.complaintbook.kit.kafka.FailureClassifier;
import com.complaintbook.kit.kafka.KafkaRetryProperties;
import com.complaintbook.kit.kafka.RecordRefusals;
import com.complaintbook.kit.test.TopicRecorder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultBackOffHandler;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Parked records re-driven against a real broker, with a real listener container under the kit's
 * failure policy: a consumer refuses some records (its data is not there yet, say), they are parked,
 * the cause is mended, and an operator re-drives all of them, one complaint's or one reason's. Each
 * test has topics of its own; the consumer here is deliberately not idempotent, so a record re-driven
 * twice would show as applied twice.
 */
@EmbeddedKafka(partitions = 1)
class DeadLetterRedriveIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String GROUP = "redrive-test";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T22:00:00Z"), ZoneOffset.UTC);

    /** The test domain's refusal: a record about a complaint the consumer does not know yet. */
    static class NotKnownYet extends RuntimeException {
        NotKnownYet(String value) {
            super("not known yet: " + value);
        }
    }

    private final EmbeddedKafkaBroker broker;
    private final String origin = "origin-" + UUID.randomUUID();
    private final String deadLetters = Topics.deadLetterTopic(origin, GROUP);
    private final String ledger = "ledger-" + UUID.randomUUID();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final Set<String> refusing = ConcurrentHashMap.newKeySet();
    private final List<String> applied = new CopyOnWriteArrayList<>();
    private KafkaTemplate<String, String> kafka;
    private KafkaMessageListenerContainer<String, String> consumer;
    private TopicRecorder recorder;

    DeadLetterRedriveIT(EmbeddedKafkaBroker broker) {
        this.broker = broker;
    }

    @BeforeEach
    void startTheConsumer() {
        broker.addTopics(new NewTopic(origin, 2, (short) 1), new NewTopic(deadLetters, 2, (short) 1),
                new NewTopic(ledger, 1, (short) 1).configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG,
                        TopicConfig.CLEANUP_POLICY_COMPACT)));
        kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class)));

        ContainerProperties properties = new ContainerProperties(origin);
        properties.setGroupId(GROUP);
        properties.setMessageListener((MessageListener<String, String>) record -> {
            if (record.value().startsWith("unreadable")) {
                throw new UnreadableEventException("not an event envelope");
            }
            if (refusing.contains(record.value())) {
                throw new NotKnownYet(record.value());
            }
            applied.add(record.value());
        });
        consumer = new KafkaMessageListenerContainer<>(new DefaultKafkaConsumerFactory<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class)), properties);
        consumer.setCommonErrorHandler(ConsumerFailurePolicy.errorHandler(GROUP,
                new FailureClassifier(RecordRefusals.of(NotKnownYet.class)),
                new KafkaRetryProperties(Duration.ofMillis(100), 2.0, Duration.ofSeconds(1)),
                new DefaultBackOffHandler(), kafka, new ConsumerRetryState(GROUP, CLOCK, meters), meters));
        consumer.start();
        recorder = new TopicRecorder(broker.getBrokersAsString(), origin, deadLetters);
    }

    @AfterEach
    void stopTheConsumer() {
        consumer.stop();
        recorder.close();
        kafka.getProducerFactory().reset();
    }

    @Test
    void givenRefusedRecords_whenTheCauseIsMendedAndAllAreRedriven_thenEachIsAppliedOnceAndTheDepthFallsToZero() {
        parkRefused("c-1", "c-1 submitted");
        parkRefused("c-2", "c-2 submitted");
        parkRefused("c-3", "c-3 submitted");
        DeadLetterDepthGauge depth = new DeadLetterDepthGauge(redrive(), meters, Duration.ofSeconds(30));
        assertThat(depth.refresh()).isTrue();
        assertThat(depthGauge()).isEqualTo(3.0);

        refusing.clear();
        RedriveReport report = redrive().redrive(DeadLetterSelection.all(), false);

        assertThat(report).isEqualTo(new RedriveReport(3, 0, 0, 3, 3, 0, false));
        await().atMost(PATIENCE).until(() -> applied.size() == 3);
        assertThat(applied).containsExactlyInAnyOrder("c-1 submitted", "c-2 submitted", "c-3 submitted");
        depth.refresh();
        assertThat(depthGauge()).isZero();
    }

    @Test
    void givenARedriveDoneBefore_whenAnotherInstanceRedrivesTheSameRecordsAgain_thenNothingIsPublishedTwice() {
        parkRefused("c-1", "c-1 submitted");
        refusing.clear();
        assertThat(redrive().redrive(DeadLetterSelection.all(), false).republished()).isEqualTo(1);
        await().atMost(PATIENCE).until(() -> applied.contains("c-1 submitted"));

        RedriveReport again = redrive().redrive(DeadLetterSelection.all(), false);

        assertThat(again).isEqualTo(new RedriveReport(1, 1, 0, 0, 0, 0, false));
        kafka.send(origin, "marker", "marker").join();
        await().atMost(PATIENCE).until(() -> applied.contains("marker"));
        assertThat(applied).containsOnlyOnce("c-1 submitted");
        assertThat(originRecords("c-1", 2)).hasSize(2);
    }

    @Test
    void givenParkedRecordsOfTwoComplaints_whenOneComplaintIsRedriven_thenOnlyItsRecordsAreAppliedInTheirOrder() {
        parkRefused("c-1", "c-1 submitted");
        parkRefused("c-1", "c-1 assigned");
        parkRefused("c-2", "c-2 submitted");
        refusing.clear();

        RedriveReport report = redrive().redrive(new DeadLetterSelection("c-1", null), false);

        assertThat(report).isEqualTo(new RedriveReport(2, 0, 0, 2, 2, 0, false));
        await().atMost(PATIENCE).until(() -> applied.size() == 2);
        assertThat(applied).containsExactly("c-1 submitted", "c-1 assigned");
        DeadLetterSummary.TopicSummary waiting = redrive().summary().topics().get(0);
        assertThat(waiting.topic()).isEqualTo(deadLetters);
        assertThat(waiting.parked()).isEqualTo(3);
        assertThat(waiting.waiting()).isEqualTo(1);
        assertThat(waiting.waitingByReason()).isEqualTo(Map.of("NotKnownYet", 1L));
    }

    @Test
    void givenRecordsParkedForTwoReasons_whenOneReasonIsRedriven_thenOnlyItsRecordsAreRepublishedAndADryRunSendsNothing() {
        parkRefused("c-1", "c-1 submitted");
        kafka.send(origin, "c-2", "unreadable c-2").join();
        awaitParked(2);
        refusing.clear();

        RedriveReport dryRun = redrive().redrive(new DeadLetterSelection(null, "NotKnownYet"), true);
        assertThat(dryRun).isEqualTo(new RedriveReport(1, 0, 0, 1, 0, 0, true));
        assertThat(originRecords("c-1", 1)).hasSize(1);

        RedriveReport report = redrive().redrive(new DeadLetterSelection(null, "NotKnownYet"), false);

        assertThat(report).isEqualTo(new RedriveReport(1, 0, 0, 1, 1, 0, false));
        await().atMost(PATIENCE).until(() -> applied.contains("c-1 submitted"));
        assertThat(originRecords("c-2", 1)).hasSize(1);
        assertThat(redrive().summary().topics().get(0).waitingByReason())
                .isEqualTo(Map.of("UnreadableEventException", 1L));
    }

    @Test
    void givenARedrivenRecordRefusedAgain_thenItIsParkedAnewWithItsOriginAndCanBeRedrivenOnceMore() {
        kafka.send(new ProducerRecord<>(origin, null, "c-1", "c-1 submitted",
                List.<Header>of(new RecordHeader("trace", "t-1".getBytes(StandardCharsets.UTF_8)))));
        refusing.add("c-1 submitted");
        awaitParked(1);

        assertThat(redrive().redrive(DeadLetterSelection.all(), false).republished()).isEqualTo(1);
        List<ConsumerRecord<String, String>> parked = awaitParked(2);

        ConsumerRecord<String, String> copy = originRecords("c-1", 2).get(1);
        String firstParking = deadLetters + "/" + parked.get(0).partition() + "/" + parked.get(0).offset();
        assertThat(header(copy, DeadLetterRedrive.REDRIVEN_FROM_HEADER)).isEqualTo(firstParking);
        assertThat(header(copy, "trace")).isEqualTo("t-1");
        assertThat(copy.headers()).extracting(Header::key)
                .noneMatch(key -> key.startsWith("kafka_dlt-") || key.equals(ConsumerFailurePolicy.REASON_HEADER));
        assertThat(header(parked.get(1), DeadLetterRedrive.REDRIVEN_FROM_HEADER)).isEqualTo(firstParking);

        refusing.clear();
        RedriveReport later = redrive().redrive(DeadLetterSelection.all(), false);

        assertThat(later).isEqualTo(new RedriveReport(2, 1, 0, 1, 1, 0, false));
        await().atMost(PATIENCE).until(() -> applied.contains("c-1 submitted"));
        assertThat(applied).containsOnlyOnce("c-1 submitted");
    }

    /** A new instance each time, as after a restart or on another pod: all it knows is on the broker. */
    private DeadLetterRedrive redrive() {
        Map<String, Object> client = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());
        return new DeadLetterRedrive(client, client, () -> List.of(deadLetters), ledger, PATIENCE, CLOCK);
    }

    private void parkRefused(String key, String value) {
        int before = parked().size();
        refusing.add(value);
        kafka.send(origin, key, value).join();
        awaitParked(before + 1);
    }

    private List<ConsumerRecord<String, String>> awaitParked(int count) {
        return await().atMost(PATIENCE).until(this::parked, records -> records.size() == count);
    }

    private List<ConsumerRecord<String, String>> parked() {
        return recorder.records(deadLetters);
    }

    /** The records on the origin topic for {@code key}, once there are at least {@code atLeast}. */
    private List<ConsumerRecord<String, String>> originRecords(String key, int atLeast) {
        return await().atMost(PATIENCE).until(() -> recorder.records(origin, key), records -> records.size() >= atLeast);
    }

    private double depthGauge() {
        return meters.get(DeadLetterDepthGauge.DEPTH).tag("topic", deadLetters).gauge().value();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}

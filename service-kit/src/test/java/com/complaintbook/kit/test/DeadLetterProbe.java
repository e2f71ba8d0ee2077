package com.complaintbook.kit.test;

import com.complaintbook.contracts.Topics;
import com.complaintbook.kit.kafka.ConsumerFailurePolicy;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.awaitility.Awaitility;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Watches one dead-letter topic from its beginning: what a consumer parked, and why. Built on
 * {@link TopicRecorder}, so it joins no consumer group and sees a record as soon as it lands; the
 * topic must exist (every service declares its own).
 */
public final class DeadLetterProbe implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final String topic;
    private final TopicRecorder recorder;

    public DeadLetterProbe(String bootstrapServers, String deadLetterTopic) {
        this.topic = deadLetterTopic;
        this.recorder = new TopicRecorder(bootstrapServers, deadLetterTopic);
    }

    /** The probe of the dead-letter topic where consumer group {@code group} parks what it refuses from {@code topic}. */
    public static DeadLetterProbe of(String bootstrapServers, String topic, String group) {
        return new DeadLetterProbe(bootstrapServers, Topics.deadLetterTopic(topic, group));
    }

    /** The first record parked with {@code key}, waiting for it if it has not landed yet. */
    public Parked awaitParked(String key) {
        return awaitParked(key, 1).get(0);
    }

    /** Every record parked with {@code key}, once there are at least {@code count} of them. */
    public List<Parked> awaitParked(String key, int count) {
        return Awaitility.await("%d record(s) keyed %s on %s".formatted(count, key, topic)).atMost(PATIENCE)
                .until(() -> parked(key), parked -> parked.size() >= count);
    }

    /** Every record parked so far with {@code key}. */
    public List<Parked> parked(String key) {
        return recorder.records(topic, key).stream().map(Parked::new).toList();
    }

    /** Every record parked so far. */
    public List<Parked> parked() {
        return recorder.records(topic).stream().map(Parked::new).toList();
    }

    /**
     * Every record parked by the end of a watch of {@code watch}: what a test holds against "nothing
     * was parked", which no single look can tell from "not parked yet".
     */
    public List<Parked> parkedDuring(Duration watch) {
        Awaitility.await().during(watch).atMost(watch.plusSeconds(5)).until(() -> {
            parked();
            return true;
        });
        return parked();
    }

    @Override
    public void close() {
        recorder.close();
    }

    /** One parked record and the headers that say why it was parked. */
    public record Parked(ConsumerRecord<String, String> record) {

        public String key() {
            return record.key();
        }

        public String value() {
            return record.value();
        }

        /** The kit's {@value ConsumerFailurePolicy#REASON_HEADER} header: the refusal's type, then its message. */
        public String reason() {
            return header(ConsumerFailurePolicy.REASON_HEADER)
                    .orElseThrow(() -> new AssertionError("parked without a " + ConsumerFailurePolicy.REASON_HEADER
                            + " header: " + record));
        }

        /** The last value of the header {@code name}, as text. */
        public Optional<String> header(String name) {
            Header header = record.headers().lastHeader(name);
            return header == null ? Optional.empty() : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
        }
    }
}

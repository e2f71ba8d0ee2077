package com.complaintbook.kit.kafka.redrive;

import com.complaintbook.kit.kafka.ConsumerFailurePolicy;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.KafkaHeaders;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Re-drives a service's parked records: reads its dead-letter topics from their beginning with a
 * consumer of its own (no group, so nothing is committed and the service's consumers are not
 * disturbed), publishes each selected record's key, value and headers again to the topic it was
 * parked from, and enters it in the ledger.
 *
 * <p>The <em>ledger</em> is a compacted topic keyed {@code <dead-letter topic>/<partition>/<offset>}:
 * every re-drive reads it first and skips what it names, so a parked record is re-driven once,
 * across restarts and instances. A record is entered only after its re-publication is acknowledged;
 * a crash between the two leaves it to be re-driven again, a second copy the consumer applies once
 * (ADR 4). Two instances re-driving at the same moment can both publish a record for the same reason;
 * one instance runs one re-drive at a time. A re-driven record the consumer refuses again is parked
 * anew, at a new offset, and is a new candidate for a later, deliberate re-drive.
 *
 * <p>The copy leaves behind the dead-letter headers ({@code kafka_dlt-*}, {@value ConsumerFailurePolicy#REASON_HEADER})
 * and gains {@value #REDRIVEN_FROM_HEADER} = {@code <dead-letter topic>/<partition>/<offset>}. It is
 * keyed as the original, so it lands on its complaint's partition and every consumer group of the
 * original topic sees it again; each is idempotent (ADR 4), so those that applied it already
 * apply nothing.
 */
public final class DeadLetterRedrive {

    public static final String REDRIVEN_FROM_HEADER = "complaintbook-redriven-from";

    /** The reason of a parked record that has no reason header. */
    public static final String UNKNOWN_REASON = "unknown";

    private static final Logger log = LoggerFactory.getLogger(DeadLetterRedrive.class);
    private static final String DEAD_LETTER_HEADERS = "kafka_dlt-";
    private static final Duration POLL = Duration.ofMillis(200);

    private final Map<String, Object> consumerConfig;
    private final Map<String, Object> producerConfig;
    private final Supplier<List<String>> deadLetterTopics;
    private final String ledgerTopic;
    private final Duration timeout;
    private final Clock clock;
    private final ReentrantLock running = new ReentrantLock();

    /**
     * @param consumerConfig   the service's consumer settings (bootstrap servers, security); group, offsets and
     *                         deserializers are this class's own
     * @param producerConfig   the service's producer settings; serializers, acks and idempotence are this class's own
     * @param deadLetterTopics the service's dead-letter topics, asked at every use
     * @param ledgerTopic      the compacted topic that records what was re-driven
     * @param timeout          the longest a read to the end, or the acknowledgement of the sends, may take
     */
    public DeadLetterRedrive(Map<String, Object> consumerConfig, Map<String, Object> producerConfig,
                             Supplier<List<String>> deadLetterTopics, String ledgerTopic, Duration timeout, Clock clock) {
        Map<String, Object> consumer = new HashMap<>(consumerConfig);
        consumer.remove(ConsumerConfig.GROUP_ID_CONFIG);
        consumer.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        // Records of an aborted transaction were never parked; reading them would re-drive ghosts.
        consumer.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumer.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000);
        consumer.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        consumer.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        consumer.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "dead-letter-redrive");
        this.consumerConfig = Map.copyOf(consumer);

        Map<String, Object> producer = new HashMap<>(producerConfig);
        producer.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        producer.put(ProducerConfig.ACKS_CONFIG, "all");
        producer.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producer.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        producer.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        producer.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "dead-letter-redrive");
        this.producerConfig = Map.copyOf(producer);

        this.deadLetterTopics = deadLetterTopics;
        this.ledgerTopic = ledgerTopic;
        this.timeout = timeout;
        this.clock = clock;
    }

    public List<String> deadLetterTopics() {
        return List.copyOf(deadLetterTopics.get());
    }

    public String ledgerTopic() {
        return ledgerTopic;
    }

    /** Every dead-letter topic's parked records, and how many of them wait for a re-drive, by reason. */
    public DeadLetterSummary summary() {
        List<String> topics = deadLetterTopics();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig)) {
            Set<String> redriven = readLedger(consumer);
            Map<String, long[]> counts = new LinkedHashMap<>();
            Map<String, Map<String, Long>> reasons = new LinkedHashMap<>();
            topics.forEach(topic -> {
                counts.put(topic, new long[2]);
                reasons.put(topic, new TreeMap<>());
            });
            readToEnd(consumer, topics, record -> {
                long[] parkedAndWaiting = counts.get(record.topic());
                parkedAndWaiting[0]++;
                if (!redriven.contains(ledgerKey(record))) {
                    parkedAndWaiting[1]++;
                    reasons.get(record.topic()).merge(reasonOf(record), 1L, Long::sum);
                }
            });
            return new DeadLetterSummary(topics.stream()
                    .map(topic -> new DeadLetterSummary.TopicSummary(topic, counts.get(topic)[0], counts.get(topic)[1],
                            reasons.get(topic)))
                    .toList());
        } catch (KafkaException failure) {
            throw unavailable(failure);
        }
    }

    /**
     * Publishes every selected parked record that was not re-driven before to the topic it was parked
     * from, then enters the acknowledged ones in the ledger; with {@code dryRun}, only counts.
     *
     * @throws RedriveInProgressException when this instance is re-driving already
     * @throws DeadLettersUnavailableException when the broker does not answer in time
     */
    public RedriveReport redrive(DeadLetterSelection selection, boolean dryRun) {
        if (!running.tryLock()) {
            throw new RedriveInProgressException();
        }
        try {
            return redriveAlone(selection, dryRun);
        } catch (KafkaException failure) {
            throw unavailable(failure);
        } finally {
            running.unlock();
        }
    }

    /**
     * The depth of every dead-letter topic: records its retention keeps that were not re-driven,
     * from the topic's offsets and the ledger, without reading the parked records themselves.
     */
    public Map<String, Long> depths() {
        List<String> topics = deadLetterTopics();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig)) {
            Set<String> redriven = readLedger(consumer);
            List<TopicPartition> partitions = partitionsOf(consumer, topics);
            Map<TopicPartition, Long> starts = consumer.beginningOffsets(partitions, timeout);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, timeout);
            Map<String, Long> depths = new LinkedHashMap<>();
            topics.forEach(topic -> depths.put(topic, 0L));
            for (TopicPartition partition : partitions) {
                depths.merge(partition.topic(), ends.get(partition) - starts.get(partition), Long::sum);
            }
            for (String entry : redriven) {
                LedgerKey key = LedgerKey.parse(entry);
                if (key == null || !depths.containsKey(key.partition().topic())) {
                    continue;
                }
                Long start = starts.get(key.partition());
                Long end = ends.get(key.partition());
                if (start != null && end != null && key.offset() >= start && key.offset() < end) {
                    depths.merge(key.partition().topic(), -1L, Long::sum);
                }
            }
            return depths;
        } catch (KafkaException failure) {
            throw unavailable(failure);
        }
    }

    private RedriveReport redriveAlone(DeadLetterSelection selection, boolean dryRun) {
        List<ConsumerRecord<byte[], byte[]>> pending = new ArrayList<>();
        long[] counts = new long[3];
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig)) {
            Set<String> redriven = readLedger(consumer);
            readToEnd(consumer, deadLetterTopics(), record -> {
                if (!selection.matches(keyOf(record), reasonOf(record))) {
                    return;
                }
                counts[0]++;
                if (redriven.contains(ledgerKey(record))) {
                    counts[1]++;
                } else if (originalTopicOf(record) == null) {
                    counts[2]++;
                } else {
                    pending.add(record);
                }
            });
        }
        if (dryRun || pending.isEmpty()) {
            return new RedriveReport(counts[0], counts[1], counts[2], pending.size(), 0, 0, dryRun);
        }
        long republished;
        KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerConfig);
        try {
            List<Future<RecordMetadata>> sends = new ArrayList<>(pending.size());
            for (ConsumerRecord<byte[], byte[]> record : pending) {
                sends.add(producer.send(republication(record)));
            }
            List<ProducerRecord<byte[], byte[]>> entries = new ArrayList<>();
            long copiesDeadline = System.nanoTime() + timeout.toNanos();
            for (int i = 0; i < pending.size(); i++) {
                RecordMetadata sent = acknowledged(sends.get(i), copiesDeadline);
                if (sent != null) {
                    entries.add(ledgerEntry(pending.get(i), sent));
                }
            }
            // A copy acknowledged is re-published, whatever becomes of its entry; the entries get a
            // wait of their own, so slow copies do not leave them none.
            republished = entries.size();
            long entriesDeadline = System.nanoTime() + timeout.toNanos();
            long unrecorded = entries.stream().map(producer::send).toList().stream()
                    .filter(entry -> acknowledged(entry, entriesDeadline) == null).count();
            if (unrecorded > 0) {
                log.warn("{} re-published records are not in the ledger {}: a later re-drive may send them again,"
                        + " which their consumers absorb", unrecorded, ledgerTopic);
            }
        } finally {
            // Bounded: a send still in flight must not hold the re-drive's lock for the producer's own
            // delivery timeout.
            producer.close(timeout);
        }
        RedriveReport report = new RedriveReport(counts[0], counts[1], counts[2], pending.size(), republished,
                pending.size() - republished, false);
        log.info("Re-drove parked records ({}): {}", describe(selection), report);
        return report;
    }

    private ProducerRecord<byte[], byte[]> republication(ConsumerRecord<byte[], byte[]> record) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!header.key().startsWith(DEAD_LETTER_HEADERS) && !header.key().equals(ConsumerFailurePolicy.REASON_HEADER)
                    && !header.key().equals(REDRIVEN_FROM_HEADER)) {
                headers.add(header);
            }
        }
        headers.add(REDRIVEN_FROM_HEADER, ledgerKey(record).getBytes(StandardCharsets.UTF_8));
        return new ProducerRecord<>(originalTopicOf(record), null, record.key(), record.value(), headers);
    }

    private ProducerRecord<byte[], byte[]> ledgerEntry(ConsumerRecord<byte[], byte[]> record, RecordMetadata sent) {
        String entry = "republished to " + sent.topic() + "/" + sent.partition() + "/" + sent.offset() + " at "
                + clock.instant();
        return new ProducerRecord<>(ledgerTopic, ledgerKey(record).getBytes(StandardCharsets.UTF_8),
                entry.getBytes(StandardCharsets.UTF_8));
    }

    /** The acknowledgement, or null when the send failed or was not acknowledged by the deadline (logged). */
    private RecordMetadata acknowledged(Future<RecordMetadata> send, long deadline) {
        try {
            return send.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException failure) {
            log.warn("A re-drive's send was not acknowledged: {}", failure.getCause() == null
                    ? failure.getClass().getSimpleName() : failure.getCause().getClass().getSimpleName());
            return null;
        }
    }

    /** The ledger's keys: every parked record re-driven so far. */
    private Set<String> readLedger(KafkaConsumer<byte[], byte[]> consumer) {
        Set<String> redriven = new HashSet<>();
        readToEnd(consumer, List.of(ledgerTopic), record -> {
            if (record.key() != null) {
                redriven.add(new String(record.key(), StandardCharsets.UTF_8));
            }
        });
        return redriven;
    }

    /** Hands over every record of {@code topics} from their beginning up to their ends as they are now. */
    private void readToEnd(KafkaConsumer<byte[], byte[]> consumer, Collection<String> topics,
                           Consumer<ConsumerRecord<byte[], byte[]>> each) {
        List<TopicPartition> partitions = partitionsOf(consumer, topics);
        consumer.assign(partitions);
        if (partitions.isEmpty()) {
            return;
        }
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, timeout);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!reached(consumer, ends)) {
            if (System.nanoTime() > deadline) {
                throw new DeadLettersUnavailableException("Could not read " + topics + " to the end within " + timeout,
                        null);
            }
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                    each.accept(record);
                }
            }
        }
    }

    private boolean reached(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> ends) {
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            if (consumer.position(end.getKey(), timeout) < end.getValue()) {
                return false;
            }
        }
        return true;
    }

    private List<TopicPartition> partitionsOf(KafkaConsumer<byte[], byte[]> consumer, Collection<String> topics) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            consumer.partitionsFor(topic, timeout)
                    .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        return partitions;
    }

    private DeadLettersUnavailableException unavailable(KafkaException failure) {
        return new DeadLettersUnavailableException("The broker did not answer in time: "
                + failure.getClass().getSimpleName(), failure);
    }

    static String ledgerKey(ConsumerRecord<?, ?> record) {
        return record.topic() + "/" + record.partition() + "/" + record.offset();
    }

    private static String keyOf(ConsumerRecord<byte[], byte[]> record) {
        return record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
    }

    private static String originalTopicOf(ConsumerRecord<byte[], byte[]> record) {
        Header header = record.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_TOPIC);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The refusal's type: the reason header up to its first colon ("ReferenceTakenException: Reference ..."). */
    static String reasonOf(ConsumerRecord<?, ?> record) {
        Header header = record.headers().lastHeader(ConsumerFailurePolicy.REASON_HEADER);
        if (header == null || header.value() == null) {
            return UNKNOWN_REASON;
        }
        String text = new String(header.value(), StandardCharsets.UTF_8);
        int colon = text.indexOf(':');
        return (colon < 0 ? text : text.substring(0, colon)).strip();
    }

    private static String describe(DeadLetterSelection selection) {
        return "complaint " + (selection.complaintId() == null ? "any" : selection.complaintId())
                + ", reason " + (selection.reason() == null ? "any" : selection.reason());
    }

    /** A ledger key taken apart; topic names cannot hold a slash, so the last two split it. */
    private record LedgerKey(TopicPartition partition, long offset) {

        static LedgerKey parse(String key) {
            int last = key.lastIndexOf('/');
            int middle = last < 0 ? -1 : key.lastIndexOf('/', last - 1);
            if (middle <= 0) {
                return null;
            }
            try {
                return new LedgerKey(new TopicPartition(key.substring(0, middle),
                        Integer.parseInt(key.substring(middle + 1, last))), Long.parseLong(key.substring(last + 1)));
            } catch (NumberFormatException notOurs) {
                return null;
            }
        }
    }
}

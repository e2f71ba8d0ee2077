package com.complaintbook.kit.kafka;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which partitions of this service's consumer group are held at a record that failed for an
 * infrastructure reason and is being retried. A partition is held from its first failed attempt
 * until a later delivery on it succeeds (or its record is found refused and parked after all), or
 * until the partition is taken from this instance. The gauge {@value #GAUGE} (tag {@code group}) counts them.
 */
public final class ConsumerRetryState {

    public static final String GAUGE = "complaintbook.consumer.retrying";

    /** A record being retried: where, since when, how many attempts so far, and what failed (class names only). */
    public record Held(long offset, Instant since, int attempts, String failure) {
    }

    private final String group;
    private final Clock clock;
    private final Map<TopicPartition, Held> held = new ConcurrentHashMap<>();

    public ConsumerRetryState(String group, Clock clock, MeterRegistry meters) {
        this.group = group;
        this.clock = clock;
        Gauge.builder(GAUGE, held, Map::size)
                .description("Partitions whose consumer is retrying a record after an infrastructure failure")
                .tag("group", group)
                .register(meters);
    }

    public String group() {
        return group;
    }

    void failed(ConsumerRecord<?, ?> record, int attempt, String failure) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        held.compute(partition, (key, before) -> new Held(record.offset(),
                before == null || before.offset() != record.offset() ? clock.instant() : before.since(),
                attempt, failure));
    }

    void succeeded(Collection<TopicPartition> partitions) {
        if (!held.isEmpty()) {
            partitions.forEach(held::remove);
        }
    }

    void succeeded(TopicPartition partition) {
        if (!held.isEmpty()) {
            held.remove(partition);
        }
    }

    /** The partitions left this instance: whoever owns them now retries, and reports, their records. */
    void released(Collection<TopicPartition> partitions) {
        if (!held.isEmpty()) {
            partitions.forEach(held::remove);
        }
    }

    public boolean isRetrying() {
        return !held.isEmpty();
    }

    /** The held partitions, by their name ({@code topic-partition}). */
    public Map<String, Held> held() {
        Map<String, Held> byName = new TreeMap<>();
        held.forEach((partition, record) -> byName.put(partition.toString(), record));
        return byName;
    }
}

package com.complaintbook.routing.adapters.out.kafka;

import com.complaintbook.contracts.Topics;
import com.complaintbook.contracts.catalogue.CatalogueEntryType;
import com.complaintbook.contracts.catalogue.CatalogueEnvelope;
import com.complaintbook.routing.application.CatalogueRecord;
import com.complaintbook.routing.application.CatalogueSink;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.util.RawValue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Writes catalogue records to {@link Topics#CATALOGUE}, keyed {@code <type>/<id>}, values
 * {@link CatalogueEnvelope} JSON whose {@code entry} is the record's JSON verbatim, tombstones as null
 * values. The entries are sent at once and awaited; the marker goes out only once every one of them
 * was acknowledged, since an idempotent producer keeps order but a failed entry would otherwise leave
 * a marker on the topic that counts it.
 *
 * <p>The topic's live keys are read by a consumer without a group, assigned its one partition, from
 * the beginning to the end offset taken first: it commits nothing and leaves no group behind.
 */
public class KafkaCatalogueSink implements CatalogueSink {

    private static final TopicPartition PARTITION = new TopicPartition(Topics.CATALOGUE, 0);

    private final KafkaTemplate<String, String> kafkaTemplate;
    private final JsonMapper jsonMapper;
    private final Duration sendTimeout;
    private final Supplier<Consumer<String, String>> consumers;
    private final Duration readTimeout;

    /**
     * @param consumers   a fresh consumer without a group for each reading of the topic
     * @param readTimeout how long reading the topic's live keys may take in all
     */
    public KafkaCatalogueSink(KafkaTemplate<String, String> kafkaTemplate, JsonMapper jsonMapper, Duration sendTimeout,
                              Supplier<Consumer<String, String>> consumers, Duration readTimeout) {
        this.kafkaTemplate = kafkaTemplate;
        this.jsonMapper = jsonMapper;
        this.sendTimeout = sendTimeout;
        this.consumers = consumers;
        this.readTimeout = readTimeout;
    }

    @Override
    public String json(Object entry) {
        return jsonMapper.writeValueAsString(entry);
    }

    @Override
    public void publish(List<CatalogueRecord> records, long catalogueVersion, Instant publishedAt) {
        List<CatalogueRecord> entries = records.stream().filter(record -> record.type() != CatalogueEntryType.VERSION).toList();
        List<CatalogueRecord> markers = records.stream().filter(record -> record.type() == CatalogueEntryType.VERSION).toList();
        long deadline = System.nanoTime() + sendTimeout.toNanos();
        awaitAcknowledged(send(entries, catalogueVersion, publishedAt), deadline);
        awaitAcknowledged(send(markers, catalogueVersion, publishedAt), deadline);
    }

    @Override
    public Set<String> liveKeys() {
        long deadline = System.nanoTime() + readTimeout.toNanos();
        try (Consumer<String, String> consumer = consumers.get()) {
            List<PartitionInfo> partitions = consumer.partitionsFor(Topics.CATALOGUE, remaining(deadline));
            if (partitions == null || partitions.isEmpty()) {
                return Set.of();
            }
            consumer.assign(List.of(PARTITION));
            consumer.seekToBeginning(List.of(PARTITION));
            Map<TopicPartition, Long> ends = consumer.endOffsets(List.of(PARTITION), remaining(deadline));
            long end = ends.getOrDefault(PARTITION, 0L);
            Set<String> live = new HashSet<>();
            while (consumer.position(PARTITION, remaining(deadline)) < end) {
                for (ConsumerRecord<String, String> record : consumer.poll(remaining(deadline))) {
                    if (record.offset() >= end || record.key() == null) {
                        continue;
                    }
                    if (record.value() == null) {
                        live.remove(record.key());
                    } else if (CatalogueEntryType.ofKey(record.key()).filter(type -> type != CatalogueEntryType.VERSION).isPresent()) {
                        live.add(record.key());
                    }
                }
            }
            return Set.copyOf(live);
        }
    }

    private List<CompletableFuture<?>> send(List<CatalogueRecord> records, long catalogueVersion, Instant publishedAt) {
        List<CompletableFuture<?>> sent = new ArrayList<>(records.size());
        for (CatalogueRecord record : records) {
            String value = record.isTombstone() ? null : jsonMapper.writeValueAsString(new CatalogueEnvelope<>(
                    record.type().logicalName(), record.type().version(), catalogueVersion, publishedAt,
                    new RawValue(record.json())));
            sent.add(kafkaTemplate.send(Topics.CATALOGUE, record.key(), value));
        }
        return sent;
    }

    private void awaitAcknowledged(List<CompletableFuture<?>> sent, long deadline) {
        if (sent.isEmpty()) {
            return;
        }
        try {
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new))
                    .get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (ExecutionException notAcknowledged) {
            throw new IllegalStateException("catalogue record not acknowledged", notAcknowledged.getCause());
        } catch (TimeoutException late) {
            throw new IllegalStateException("catalogue not acknowledged within " + sendTimeout, late);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing the catalogue", stopping);
        }
    }

    private static Duration remaining(long deadline) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new IllegalStateException("the catalogue topic was not read to its end in time");
        }
        return Duration.ofNanos(left);
    }
}

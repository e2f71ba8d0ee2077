package com.complaintbook.routing.adapters.out.kafka;

import com.complaintbook.contracts.Topics;
import com.complaintbook.contracts.catalogue.CatalogueEnvelope;
import com.complaintbook.routing.application.CatalogueRecord;
import com.complaintbook.routing.application.CatalogueSink;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Writes catalogue records to {@link Topics#CATALOGUE}, keyed {@code <type>/<id>}, values
 * {@link CatalogueEnvelope} JSON, tombstones as null values, all sent at once and awaited under one
 * deadline. The topic has one partition and the producer is idempotent, so the marker, sent last,
 * lands after every entry it counts.
 */
public class KafkaCatalogueSink implements CatalogueSink {

    private final KafkaTemplate<String, String> kafkaTemplate;
    private final JsonMapper jsonMapper;
    private final Duration sendTimeout;

    public KafkaCatalogueSink(KafkaTemplate<String, String> kafkaTemplate, JsonMapper jsonMapper,
                              Duration sendTimeout) {
        this.kafkaTemplate = kafkaTemplate;
        this.jsonMapper = jsonMapper;
        this.sendTimeout = sendTimeout;
    }

    @Override
    public void publish(List<CatalogueRecord> records, long catalogueVersion, Instant publishedAt) {
        List<CompletableFuture<?>> sent = new ArrayList<>(records.size());
        for (CatalogueRecord record : records) {
            String value = record.isTombstone() ? null : jsonMapper.writeValueAsString(new CatalogueEnvelope<>(
                    record.type().logicalName(), record.type().version(), catalogueVersion, publishedAt,
                    record.entry()));
            sent.add(kafkaTemplate.send(Topics.CATALOGUE, record.key(), value));
        }
        try {
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new))
                    .get(sendTimeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException notAcknowledged) {
            throw new IllegalStateException("catalogue record not acknowledged", notAcknowledged.getCause());
        } catch (TimeoutException late) {
            throw new IllegalStateException("catalogue not acknowledged within " + sendTimeout, late);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing the catalogue", stopping);
        }
    }
}

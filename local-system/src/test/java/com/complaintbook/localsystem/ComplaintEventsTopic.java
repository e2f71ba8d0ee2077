package com.complaintbook.localsystem;

import com.complaintbook.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The events topic as a test watches it: everything published since the start, by complaint, read
 * by a consumer group of its own. Each call reads what has arrived since the last one.
 */
final class ComplaintEventsTopic implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KafkaConsumer<String, String> consumer;
    private final Map<String, List<JsonNode>> byComplaint = new HashMap<>();

    ComplaintEventsTopic(String bootstrapServers) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "system-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(Topics.COMPLAINT_EVENTS));
    }

    /** One complaint's events (envelopes) so far, in stream order. */
    synchronized List<JsonNode> of(String complaintId) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
            byComplaint.computeIfAbsent(record.key(), key -> new ArrayList<>()).add(JSON.readTree(record.value()));
        }
        return List.copyOf(byComplaint.getOrDefault(complaintId, List.of()));
    }

    /** The payloads of one type among {@code events}, in order. */
    static List<JsonNode> payloads(List<JsonNode> events, String type) {
        return events.stream().filter(event -> type.equals(event.get("type").asString()))
                .map(event -> event.get("payload")).toList();
    }

    @Override
    public synchronized void close() {
        consumer.close();
    }
}

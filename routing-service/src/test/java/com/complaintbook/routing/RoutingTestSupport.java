package com.complaintbook.routing;

import com.complaintbook.contracts.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;

/**
 * What routing's service tests share: golden-sample events turned into a new complaint's, who the test
 * organisation file makes answer them, and how to tell that routing's consumer group handled a record.
 */
final class RoutingTestSupport {

    static final String GROUP = "routing-service";
    static final String DEAD_LETTERS = Topics.deadLetterTopic(Topics.COMPLAINT_EVENTS, GROUP);
    /**
     * Who answers each category at levels 0, 1 and 2 at store kyiv-001 in the test organisation: a person
     * named by a rule, the store's manager, and the default owner for a category no rule names.
     */
    static final Map<String, List<String>> ASSIGNEES_BY_CATEGORY = Map.of(
            "delivery", List.of("e-delivery-lead", "m-logistics", "d-operations"),
            "staff-behaviour", List.of("e-store-supervisor", "m-stores", "d-operations"),
            "parking", List.of("e-customer-care", "d-operations", "ceo"));
    /** The category the test organisation gives to the kyiv-001 service desk group, and its members. */
    static final String SERVICE_DESK_CATEGORY = "pricing";
    static final List<String> SERVICE_DESK = List.of("desk-a", "desk-b", "desk-c");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RoutingTestSupport() {
    }

    /** A golden sample turned into a new complaint's event. */
    static ObjectNode event(String type, String complaintId) {
        String path = "/contracts/samples/events/" + type + ".v1.json";
        try (InputStream in = RoutingTestSupport.class.getResourceAsStream(path)) {
            ObjectNode event = (ObjectNode) JSON.readTree(in);
            event.put("eventId", UUID.randomUUID().toString());
            event.put("complaintId", complaintId);
            payload(event).put("complaintId", complaintId);
            return event;
        } catch (IOException e) {
            throw new IllegalStateException(path, e);
        }
    }

    static ObjectNode payload(ObjectNode event) {
        return (ObjectNode) event.get("payload");
    }

    /** The command id routing derives from the id of the event it answers. */
    static String commandIdFor(ObjectNode event) {
        return UUID.nameUUIDFromBytes(("AssignComplaint:" + event.get("eventId").asString())
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Waits until routing's consumer group has committed past every one of {@code records}: they were handled. */
    static void awaitConsumed(Admin admin, List<RecordMetadata> records, Duration atMost) {
        Map<TopicPartition, Long> lastOffsets = records.stream().collect(Collectors.toMap(
                record -> new TopicPartition(record.topic(), record.partition()), RecordMetadata::offset, Math::max));
        await().atMost(atMost).until(() -> {
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get();
            return lastOffsets.entrySet().stream().allMatch(last -> committed.get(last.getKey()) != null
                    && committed.get(last.getKey()).offset() > last.getValue());
        });
    }
}

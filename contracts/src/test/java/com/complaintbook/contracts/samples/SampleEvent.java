package com.complaintbook.contracts.samples;

import com.complaintbook.contracts.events.ComplaintEventType;
import com.complaintbook.contracts.events.EventEnvelope;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.UUID;

/**
 * A golden sample from the contracts, re-addressed to another complaint: every test event starts as
 * what the contracts publish, so a consumer is tested against the real wire shape. Shipped in the
 * contracts' test jar for every consumer's tests; no production code is shared this way.
 */
public final class SampleEvent {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ObjectNode envelope;

    private SampleEvent(ObjectNode envelope) {
        this.envelope = envelope;
    }

    public static SampleEvent of(ComplaintEventType type) {
        String path = "/contracts/samples/events/" + type.logicalName() + ".v" + type.version() + ".json";
        try (InputStream in = SampleEvent.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no golden sample " + path);
            }
            return new SampleEvent((ObjectNode) JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample, moved to {@code complaintId} with a fresh event id. */
    public SampleEvent forComplaint(String complaintId) {
        envelope.put("complaintId", complaintId);
        envelope.put("eventId", UUID.randomUUID().toString());
        payload().put("complaintId", complaintId);
        return this;
    }

    public SampleEvent envelope(String field, String value) {
        envelope.put(field, value);
        return this;
    }

    public SampleEvent sequence(long sequence) {
        envelope.put("sequence", sequence);
        return this;
    }

    public SampleEvent payload(String field, String value) {
        payload().put(field, value);
        return this;
    }

    public SampleEvent payload(String field, long value) {
        payload().put(field, value);
        return this;
    }

    public SampleEvent payload(String field, boolean value) {
        payload().put(field, value);
        return this;
    }

    /** Removes a payload field's value, as a producer leaving an optional field out would. */
    public SampleEvent withoutPayload(String field) {
        payload().set(field, NullNode.getInstance());
        return this;
    }

    public SampleEvent payload(String field, JsonNode value) {
        payload().set(field, value);
        return this;
    }

    public String complaintId() {
        return envelope.get("complaintId").asString();
    }

    public Instant occurredAt() {
        return Instant.parse(envelope.get("occurredAt").asString());
    }

    public String json() {
        return JSON.writeValueAsString(envelope);
    }

    /**
     * The event as a consumer holds it after reading: its payload as the contracts' record. Built
     * from JSON rather than a constructor, so tests follow the contracts as fields are added.
     */
    public EventEnvelope<?> typed() {
        ComplaintEventType type = ComplaintEventType.of(envelope.get("type").asString(), envelope.get("version").asInt())
                .orElseThrow(() -> new IllegalStateException("not a known event type: " + envelope.get("type")));
        return new EventEnvelope<>(envelope.get("eventId").asString(), complaintId(), envelope.get("sequence").asLong(),
                type.logicalName(), type.version(), Instant.parse(envelope.get("occurredAt").asString()),
                JSON.treeToValue(payload(), type.payloadType()));
    }

    private ObjectNode payload() {
        return (ObjectNode) envelope.get("payload");
    }
}

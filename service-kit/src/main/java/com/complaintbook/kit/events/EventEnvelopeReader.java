package com.complaintbook.kit.events;

import com.complaintbook.contracts.events.EventEnvelope;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Objects;
import java.util.function.Function;

/**
 * Reads a record value of the events topic as far as the envelope, which is the same for every
 * reader: what the payload means, and which of its fields matter, is each service's own tolerant
 * reader's business, so the payload is handed back as a JSON tree. Unknown envelope fields are
 * ignored.
 */
public final class EventEnvelopeReader {

    private static final TypeReference<EventEnvelope<JsonNode>> ENVELOPE = new TypeReference<>() { };

    private final JsonMapper json;

    public EventEnvelopeReader(JsonMapper json) {
        this.json = json;
    }

    /**
     * @return the envelope with its payload still a JSON object, so that its type can be looked at first
     * @throws UnreadableEventException when the value is not an event envelope: not JSON, no object, a
     *         missing or negative sequence, a blank event id, complaint id or type, no occurrence time,
     *         or a payload that is not an object
     */
    public EventEnvelope<JsonNode> read(String value) {
        if (value == null || value.isBlank()) {
            throw new UnreadableEventException("empty record value");
        }
        JsonNode tree;
        try {
            tree = json.readTree(value);
        } catch (JacksonException e) {
            throw new UnreadableEventException("not an event envelope: " + e.getOriginalMessage(), e);
        }
        // Checked on the tree, before mapping: the record would read a missing sequence as 0, and the
        // consumers' sequence guards rest on it, so an envelope without one must be refused outright.
        if (!tree.isObject() || !tree.path("sequence").isIntegralNumber() || tree.path("sequence").asLong() < 0) {
            throw new UnreadableEventException("not an event envelope with a sequence");
        }
        EventEnvelope<JsonNode> envelope;
        try {
            envelope = json.treeToValue(tree, ENVELOPE);
        } catch (JacksonException e) {
            throw new UnreadableEventException("not an event envelope: " + e.getOriginalMessage(), e);
        }
        if (isBlank(envelope.eventId()) || isBlank(envelope.complaintId()) || isBlank(envelope.type())
                || envelope.occurredAt() == null || envelope.payload() == null || !envelope.payload().isObject()) {
            throw new UnreadableEventException(
                    "event envelope lacks eventId, complaintId, type, occurredAt or an object payload");
        }
        return envelope;
    }

    /**
     * The payload mapped to the record a service reads it as, for a reader that chose the type itself.
     *
     * @param complaintIdOf the complaint the payload names
     * @throws UnreadableEventException when the payload does not map to the record, or names another
     *         complaint than the envelope: the key and the envelope route the record, and a payload
     *         about another complaint would be applied to the wrong one
     */
    public <P> EventEnvelope<P> payloadAs(EventEnvelope<JsonNode> envelope, Class<P> payloadType,
                                          Function<? super P, String> complaintIdOf) {
        P payload;
        try {
            payload = json.treeToValue(envelope.payload(), payloadType);
        } catch (JacksonException e) {
            throw new UnreadableEventException("unreadable %s v%d payload in event %s: %s".formatted(
                    envelope.type(), envelope.version(), envelope.eventId(), e.getOriginalMessage()), e);
        }
        String named = complaintIdOf.apply(payload);
        if (!Objects.equals(envelope.complaintId(), named)) {
            throw new UnreadableEventException("event %s is for complaint %s but its payload names %s"
                    .formatted(envelope.eventId(), envelope.complaintId(), named));
        }
        return new EventEnvelope<>(envelope.eventId(), envelope.complaintId(), envelope.sequence(),
                envelope.type(), envelope.version(), envelope.occurredAt(), payload);
    }

    /**
     * Refuses an event whose payload lacks what the reading service cannot do without.
     *
     * @param fields the fields required, for the reason on the dead-letter topic
     */
    public static void require(EventEnvelope<?> envelope, boolean present, String fields) {
        if (!present) {
            throw new UnreadableEventException("%s v%d event %s lacks %s".formatted(
                    envelope.type(), envelope.version(), envelope.eventId(), fields));
        }
    }

    /** Whether a text field is missing, for {@link #require}. */
    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}

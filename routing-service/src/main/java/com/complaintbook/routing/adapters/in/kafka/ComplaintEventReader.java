package com.complaintbook.routing.adapters.in.kafka;

import com.complaintbook.contracts.events.ComplaintEscalated;
import com.complaintbook.contracts.events.ComplaintSubmitted;
import com.complaintbook.contracts.events.EventEnvelope;
import com.complaintbook.kit.events.EventEnvelopeReader;
import com.complaintbook.kit.events.UnreadableEventException;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Objects;

/** Turns a record value into an envelope, and an envelope's payload into the record routing needs. */
@Component
class ComplaintEventReader {

    private final JsonMapper jsonMapper;
    private final EventEnvelopeReader envelopes;

    ComplaintEventReader(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
        this.envelopes = new EventEnvelopeReader(jsonMapper);
    }

    /** The envelope with its payload still a JSON tree, so its type can be looked at first. */
    EventEnvelope<JsonNode> envelope(String value) {
        return envelopes.read(value);
    }

    EventEnvelope<ComplaintSubmitted> submitted(EventEnvelope<JsonNode> envelope) {
        ComplaintSubmitted submitted = payload(envelope, ComplaintSubmitted.class);
        require(envelope, submitted.kind() != null && !isBlank(submitted.category()) && submitted.submittedAt() != null,
                "kind, category and submittedAt");
        return withPayload(envelope, submitted, submitted.complaintId());
    }

    EventEnvelope<ComplaintEscalated> escalated(EventEnvelope<JsonNode> envelope) {
        ComplaintEscalated escalated = payload(envelope, ComplaintEscalated.class);
        require(envelope, escalated.toLevel() > 0 && !isBlank(escalated.previousAssignee())
                && escalated.escalatedAt() != null, "toLevel, previousAssignee and escalatedAt");
        return withPayload(envelope, escalated, escalated.complaintId());
    }

    private <P> P payload(EventEnvelope<JsonNode> envelope, Class<P> payloadType) {
        try {
            return jsonMapper.treeToValue(envelope.payload(), payloadType);
        } catch (JacksonException e) {
            throw new UnreadableEventException("unreadable %s v%d payload in event %s: %s".formatted(
                    envelope.type(), envelope.version(), envelope.eventId(), e.getOriginalMessage()), e);
        }
    }

    private static <P> EventEnvelope<P> withPayload(EventEnvelope<JsonNode> envelope, P payload,
                                                   String payloadComplaintId) {
        // The key and envelope route the record; a payload about another complaint would be applied to
        // the wrong stream.
        if (!Objects.equals(envelope.complaintId(), payloadComplaintId)) {
            throw new UnreadableEventException("event %s is for complaint %s but its payload names %s"
                    .formatted(envelope.eventId(), envelope.complaintId(), payloadComplaintId));
        }
        return new EventEnvelope<>(envelope.eventId(), envelope.complaintId(), envelope.sequence(),
                envelope.type(), envelope.version(), envelope.occurredAt(), payload);
    }

    private static void require(EventEnvelope<JsonNode> envelope, boolean present, String fields) {
        if (!present) {
            throw new UnreadableEventException("%s v%d event %s lacks %s".formatted(
                    envelope.type(), envelope.version(), envelope.eventId(), fields));
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}

package com.complaintbook.escalation.adapters.in.kafka;

import com.complaintbook.contracts.events.ComplaintAnswered;
import com.complaintbook.contracts.events.ComplaintAssigned;
import com.complaintbook.contracts.events.ComplaintEscalated;
import com.complaintbook.contracts.events.ComplaintRejected;
import com.complaintbook.contracts.events.EventEnvelope;
import com.complaintbook.kit.events.EventEnvelopeReader;
import com.complaintbook.kit.events.UnreadableEventException;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Objects;

/** Turns a record value into an envelope, and an envelope's payload into the record escalation needs. */
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

    EventEnvelope<ComplaintAssigned> assigned(EventEnvelope<JsonNode> envelope) {
        ComplaintAssigned assigned = payload(envelope, ComplaintAssigned.class);
        require(envelope, assigned.level() >= 0 && assigned.assignee() != null && !isBlank(assigned.assignee().id())
                && assigned.deadline() != null, "level, assignee id and deadline");
        return withPayload(envelope, assigned, assigned.complaintId());
    }

    EventEnvelope<ComplaintAnswered> answered(EventEnvelope<JsonNode> envelope) {
        ComplaintAnswered answered = payload(envelope, ComplaintAnswered.class);
        require(envelope, answered.level() >= 0, "level");
        return withPayload(envelope, answered, answered.complaintId());
    }

    EventEnvelope<ComplaintRejected> rejected(EventEnvelope<JsonNode> envelope) {
        ComplaintRejected rejected = payload(envelope, ComplaintRejected.class);
        require(envelope, rejected.level() >= 0, "level");
        return withPayload(envelope, rejected, rejected.complaintId());
    }

    EventEnvelope<ComplaintEscalated> escalated(EventEnvelope<JsonNode> envelope) {
        ComplaintEscalated escalated = payload(envelope, ComplaintEscalated.class);
        require(envelope, escalated.fromLevel() >= 0, "fromLevel");
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
        // The envelope's complaint id keys the stored document; a payload about another complaint would
        // be recorded against the wrong one.
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

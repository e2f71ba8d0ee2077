package com.complaintbook.routing.adapters.in.kafka;

import com.complaintbook.contracts.events.ComplaintAssigned;
import com.complaintbook.contracts.events.ComplaintEscalated;
import com.complaintbook.contracts.events.ComplaintSubmitted;
import com.complaintbook.contracts.events.EventEnvelope;
import com.complaintbook.kit.events.EventEnvelopeReader;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.complaintbook.kit.events.EventEnvelopeReader.isBlank;
import static com.complaintbook.kit.events.EventEnvelopeReader.require;

/** Turns a record value into an envelope, and an envelope's payload into the record routing needs. */
@Component
class ComplaintEventReader {

    private final EventEnvelopeReader envelopes;

    ComplaintEventReader(JsonMapper jsonMapper) {
        this.envelopes = new EventEnvelopeReader(jsonMapper);
    }

    /** The envelope with its payload still a JSON tree, so its type can be looked at first. */
    EventEnvelope<JsonNode> envelope(String value) {
        return envelopes.read(value);
    }

    EventEnvelope<ComplaintSubmitted> submitted(EventEnvelope<JsonNode> envelope) {
        EventEnvelope<ComplaintSubmitted> event =
                envelopes.payloadAs(envelope, ComplaintSubmitted.class, ComplaintSubmitted::complaintId);
        ComplaintSubmitted submitted = event.payload();
        require(event, submitted.kind() != null && !isBlank(submitted.category()) && submitted.submittedAt() != null,
                "kind, category and submittedAt");
        return event;
    }

    EventEnvelope<ComplaintEscalated> escalated(EventEnvelope<JsonNode> envelope) {
        EventEnvelope<ComplaintEscalated> event =
                envelopes.payloadAs(envelope, ComplaintEscalated.class, ComplaintEscalated::complaintId);
        ComplaintEscalated escalated = event.payload();
        require(event, escalated.toLevel() > 0 && !isBlank(escalated.previousAssignee())
                && escalated.escalatedAt() != null, "toLevel, previousAssignee and escalatedAt");
        return event;
    }

    EventEnvelope<ComplaintAssigned> assigned(EventEnvelope<JsonNode> envelope) {
        EventEnvelope<ComplaintAssigned> event =
                envelopes.payloadAs(envelope, ComplaintAssigned.class, ComplaintAssigned::complaintId);
        ComplaintAssigned assigned = event.payload();
        require(event, assigned.assignee() != null && !isBlank(assigned.assignee().id()), "assignee.id");
        return event;
    }
}

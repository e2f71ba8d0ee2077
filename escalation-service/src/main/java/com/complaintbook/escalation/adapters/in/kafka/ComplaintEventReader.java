package com.complaintbook.escalation.adapters.in.kafka;

import com.complaintbook.contracts.events.ComplaintAnswered;
import com.complaintbook.contracts.events.ComplaintAssigned;
import com.complaintbook.contracts.events.ComplaintClosed;
import com.complaintbook.contracts.events.ComplaintDeadlineApproaching;
import com.complaintbook.contracts.events.ComplaintDeadlineMissedAtTop;
import com.complaintbook.contracts.events.ComplaintEscalated;
import com.complaintbook.contracts.events.ComplaintRejected;
import com.complaintbook.contracts.events.EventEnvelope;
import com.complaintbook.kit.events.EventEnvelopeReader;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.complaintbook.kit.events.EventEnvelopeReader.isBlank;
import static com.complaintbook.kit.events.EventEnvelopeReader.require;

/** Turns a record value into an envelope, and an envelope's payload into the record escalation needs. */
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

    EventEnvelope<ComplaintAssigned> assigned(EventEnvelope<JsonNode> envelope) {
        EventEnvelope<ComplaintAssigned> event =
                envelopes.payloadAs(envelope, ComplaintAssigned.class, ComplaintAssigned::complaintId);
        ComplaintAssigned assigned = event.payload();
        require(event, assigned.level() >= 0 && assigned.assignee() != null && !isBlank(assigned.assignee().id())
                && assigned.deadline() != null, "level, assignee id and deadline");
        return event;
    }

    EventEnvelope<ComplaintAnswered> answered(EventEnvelope<JsonNode> envelope) {
        EventEnvelope<ComplaintAnswered> event =
                envelopes.payloadAs(envelope, ComplaintAnswered.class, ComplaintAnswered::complaintId);
        require(event, event.payload().level() >= 0, "level");
        return event;
    }

    EventEnvelope<ComplaintRejected> rejected(EventEnvelope<JsonNode> envelope) {
        EventEnvelope<ComplaintRejected> event =
                envelopes.payloadAs(envelope, ComplaintRejected.class, ComplaintRejected::complaintId);
        require(event, event.payload().level() >= 0, "level");
        return event;
    }

    EventEnvelope<ComplaintEscalated> escalated(EventEnvelope<JsonNode> envelope) {
        EventEnvelope<ComplaintEscalated> event =
                envelopes.payloadAs(envelope, ComplaintEscalated.class, ComplaintEscalated::complaintId);
        require(event, event.payload().fromLevel() >= 0, "fromLevel");
        return event;
    }

    EventEnvelope<ComplaintDeadlineApproaching> approaching(EventEnvelope<JsonNode> envelope) {
        EventEnvelope<ComplaintDeadlineApproaching> event = envelopes.payloadAs(envelope,
                ComplaintDeadlineApproaching.class, ComplaintDeadlineApproaching::complaintId);
        require(event, event.payload().level() >= 0 && event.payload().deadline() != null, "level and deadline");
        return event;
    }

    EventEnvelope<ComplaintDeadlineMissedAtTop> missedAtTop(EventEnvelope<JsonNode> envelope) {
        EventEnvelope<ComplaintDeadlineMissedAtTop> event = envelopes.payloadAs(envelope,
                ComplaintDeadlineMissedAtTop.class, ComplaintDeadlineMissedAtTop::complaintId);
        require(event, event.payload().level() >= 0, "level");
        return event;
    }

    EventEnvelope<ComplaintClosed> closed(EventEnvelope<JsonNode> envelope) {
        return envelopes.payloadAs(envelope, ComplaintClosed.class, ComplaintClosed::complaintId);
    }
}

package com.complaintbook.kit.events;

import com.complaintbook.contracts.events.ComplaintEventType;
import com.complaintbook.contracts.events.EventEnvelope;
import com.complaintbook.kit.sequence.SequencedRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Optional;

/**
 * Reads one record value of the events topic into the contracts' own payload records. A tolerant
 * reader: fields it does not know are ignored, and a type or version it does not know is skipped,
 * because a newer producer wrote it.
 *
 * <p>For a service that takes the published language as it is (notification, reporting). A service
 * that needs only some fields, or reads them its own way, keeps its own reader over
 * {@link EventEnvelopeReader} (routing, escalation): which payload fields matter is the service's
 * business (ADR 6).
 */
public final class ContractEventReader {

    private static final Logger log = LoggerFactory.getLogger(ContractEventReader.class);

    private final JsonMapper json;
    private final EventEnvelopeReader envelopes;

    public ContractEventReader(JsonMapper json) {
        this.json = json;
        this.envelopes = new EventEnvelopeReader(json);
    }

    /**
     * @return the envelope with its payload as the contracts' record, or empty for a type this
     *         version of the contracts does not know
     * @throws UnreadableEventException when the value is not an event at all
     */
    public Optional<EventEnvelope<?>> read(String value) {
        EventEnvelope<JsonNode> envelope = envelopes.read(value);
        Optional<ComplaintEventType> type = ComplaintEventType.of(envelope.type(), envelope.version());
        if (type.isEmpty()) {
            log.debug("Skipping event {} of unknown type {} v{}", envelope.eventId(), envelope.type(), envelope.version());
            return Optional.empty();
        }
        return Optional.of(new EventEnvelope<>(envelope.eventId(), envelope.complaintId(), envelope.sequence(),
                envelope.type(), envelope.version(), envelope.occurredAt(), payload(envelope, type.get())));
    }

    /**
     * Where the record sits in its complaint's stream, whatever its type: an event this service does
     * not know still takes its place there.
     *
     * @throws UnreadableEventException when the value is not an event at all
     */
    public SequencedRecord sequenced(String value) {
        EventEnvelope<JsonNode> envelope = envelopes.read(value);
        return new SequencedRecord(envelope.complaintId(), envelope.sequence(), value);
    }

    private Object payload(EventEnvelope<JsonNode> envelope, ComplaintEventType type) {
        try {
            return json.treeToValue(envelope.payload(), type.payloadType());
        } catch (JacksonException e) {
            throw new UnreadableEventException("payload of event " + envelope.eventId() + " is not a "
                    + type.logicalName() + " v" + type.version() + ": " + e.getOriginalMessage(), e);
        }
    }
}

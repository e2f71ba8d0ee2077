package com.complaintbook.routing.adapters.in.kafka;

import com.complaintbook.contracts.Topics;
import com.complaintbook.contracts.events.ComplaintEventType;
import com.complaintbook.contracts.events.EventEnvelope;
import com.complaintbook.routing.application.ComplaintRouting;
import com.complaintbook.routing.application.RoutingMetrics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.util.Optional;

/**
 * Feeds the events routing acts on (submitted, escalated) to {@link ComplaintRouting}. Returns
 * normally only once the resulting command is sent, so the offset is committed after the output is
 * safe; a crash in between redelivers the event and resends the same command.
 */
@Component
class ComplaintEventsListener {

    private final ComplaintEventReader reader;
    private final ComplaintRouting routing;
    private final RoutingMetrics metrics;

    ComplaintEventsListener(ComplaintEventReader reader, ComplaintRouting routing, RoutingMetrics metrics) {
        this.reader = reader;
        this.routing = routing;
        this.metrics = metrics;
    }

    @KafkaListener(topics = Topics.COMPLAINT_EVENTS)
    void on(ConsumerRecord<String, String> record) {
        EventEnvelope<JsonNode> envelope = reader.envelope(record.value());
        Optional<ComplaintEventType> type = ComplaintEventType.of(envelope.type(), envelope.version());
        if (type.isEmpty()) {
            metrics.eventSkipped(envelope.type(), "unknown-type");
            return;
        }
        switch (type.get()) {
            case SUBMITTED -> routing.complaintSubmitted(reader.submitted(envelope));
            case ESCALATED -> routing.complaintEscalated(reader.escalated(envelope));
            default -> metrics.eventSkipped(envelope.type(), "not-for-routing");
        }
    }
}

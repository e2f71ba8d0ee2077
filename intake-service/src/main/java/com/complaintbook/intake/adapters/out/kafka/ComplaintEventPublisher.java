package com.complaintbook.intake.adapters.out.kafka;

import com.complaintbook.contracts.Topics;
import com.complaintbook.contracts.events.ComplaintEventType;
import com.complaintbook.contracts.events.EventEnvelope;
import com.complaintbook.intake.config.IntakeProperties;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Carries every event from the event store to the events topic, in store order, keyed by complaint id.
 *
 * <p>It runs in a tracking event processor whose position is kept in the token store: the position
 * moves only after the broker has acknowledged the event, so a crash or an unreachable broker delays
 * publication but never loses an event. What it may do is publish an event a second time after a
 * crash; the event id stays the same, and consumers deduplicate on it or on the sequence number.
 */
@Component
@ProcessingGroup(ComplaintEventPublisher.PROCESSING_GROUP)
public class ComplaintEventPublisher {

    public static final String PROCESSING_GROUP = "kafka-publisher";

    private final KafkaTemplate<String, String> kafka;
    private final JsonMapper json;
    private final IntakeProperties properties;
    private final MeterRegistry meters;

    ComplaintEventPublisher(KafkaTemplate<String, String> kafka, JsonMapper json, IntakeProperties properties,
                            MeterRegistry meters) {
        this.kafka = kafka;
        this.json = json;
        this.properties = properties;
        this.meters = meters;
    }

    @EventHandler
    void publish(Object payload, DomainEventMessage<?> message) throws InterruptedException {
        ComplaintEventType type = ComplaintEventType.of(payload.getClass()).orElseThrow(() ->
                new IllegalStateException("No wire type for stored event " + payload.getClass().getName()));
        EventEnvelope<Object> envelope = new EventEnvelope<>(message.getIdentifier(),
                message.getAggregateIdentifier(), message.getSequenceNumber(), type.logicalName(),
                type.version(), message.getTimestamp(), payload);
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.COMPLAINT_EVENTS,
                envelope.complaintId(), json.writeValueAsString(envelope));
        try {
            kafka.send(record).get(properties.kafka().publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new EventNotPublished(envelope.eventId(), e);
        }
        meters.counter("complaintbook.intake.events.published", "type", type.logicalName()).increment();
    }
}

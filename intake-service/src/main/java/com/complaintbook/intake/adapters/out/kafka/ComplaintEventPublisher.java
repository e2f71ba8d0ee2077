package com.complaintbook.intake.adapters.out.kafka;

import com.complaintbook.contracts.Topics;
import com.complaintbook.contracts.events.ComplaintEventType;
import com.complaintbook.contracts.events.EventEnvelope;
import com.complaintbook.intake.domain.ComplaintEvent;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Carries every event from the event store to the events topic, in store order, keyed by complaint id.
 *
 * <p>The store holds intake's own events ({@link ComplaintEvent}); they become wire records here, at
 * publication, and nowhere else. It runs in a tracking event processor whose position is kept in the token store: the position
 * moves only after the broker has acknowledged the event, so a crash or an unreachable broker delays
 * publication but never loses an event. What it may do is publish an event a second time after a
 * crash; the event id stays the same, and consumers deduplicate on it or on the sequence number.
 *
 * <p>An event that can never be published (it cannot be read back, has no wire type, or the broker
 * refuses the record itself) would stop every event behind it forever. Such an event is parked on
 * the publisher's dead-letter topic with its position in the store, logged and counted, and
 * publication goes on. Everything else that fails (an unreachable or slow broker) is retried.
 */
@ProcessingGroup(ComplaintEventPublisher.PROCESSING_GROUP)
public class ComplaintEventPublisher {

    public static final String PROCESSING_GROUP = "kafka-publisher";
    /** Where events that can never be published are parked, named like every consumer's. */
    public static final String DEAD_LETTER_TOPIC = Topics.deadLetterTopic(Topics.COMPLAINT_EVENTS, "intake-publisher");

    private static final Logger log = LoggerFactory.getLogger(ComplaintEventPublisher.class);

    private final KafkaTemplate<String, String> kafka;
    private final JsonMapper json;
    private final Duration publishTimeout;
    private final MeterRegistry meters;

    public ComplaintEventPublisher(KafkaTemplate<String, String> kafka, JsonMapper json, Duration publishTimeout,
                                   MeterRegistry meters) {
        this.kafka = kafka;
        this.json = json;
        this.publishTimeout = publishTimeout;
        this.meters = meters;
    }

    @EventHandler
    void publish(DomainEventMessage<?> message, TrackingToken position) throws InterruptedException {
        ProducerRecord<String, String> record;
        String type;
        try {
            if (!(message.getPayload() instanceof ComplaintEvent stored)) {
                throw new IllegalStateException("Not a complaint event: " + message.getPayloadType().getName());
            }
            WireEvents.Wire wire = WireEvents.toWire(stored);
            ComplaintEventType wireType = wire.type();
            EventEnvelope<Object> envelope = new EventEnvelope<>(message.getIdentifier(),
                    message.getAggregateIdentifier(), message.getSequenceNumber(), wireType.logicalName(),
                    wireType.version(), message.getTimestamp(), wire.payload());
            record = new ProducerRecord<>(Topics.COMPLAINT_EVENTS, envelope.complaintId(), json.writeValueAsString(envelope));
            type = wireType.logicalName();
        } catch (RuntimeException unreadable) {
            park(message, position, "unreadable", unreadable);
            return;
        }
        try {
            send(record);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RetriableException) {
                throw new EventNotPublished(message.getIdentifier(), failed.getCause());
            }
            park(message, position, "refused-by-broker", failed.getCause());
            return;
        }
        meters.counter("complaintbook.intake.events.published", "type", type).increment();
    }

    private void send(ProducerRecord<String, String> record) throws InterruptedException, ExecutionException {
        try {
            kafka.send(record).get(publishTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            throw new EventNotPublished(record.key(), slow);
        }
    }

    private void park(DomainEventMessage<?> message, TrackingToken position, String reason, Throwable cause)
            throws InterruptedException {
        String storePosition = position.position().isPresent() ? String.valueOf(position.position().getAsLong()) : "";
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("storePosition", storePosition);
        summary.put("eventId", message.getIdentifier());
        summary.put("complaintId", message.getAggregateIdentifier());
        summary.put("sequence", message.getSequenceNumber());
        summary.put("storedType", message.getType() + " / " + storedPayloadType(message));
        summary.put("reason", reason);
        summary.put("error", String.valueOf(cause));
        ProducerRecord<String, String> parked = new ProducerRecord<>(DEAD_LETTER_TOPIC, message.getAggregateIdentifier(),
                json.writeValueAsString(summary));
        parked.headers()
                .add(new RecordHeader("complaintbook-store-position", storePosition.getBytes(StandardCharsets.UTF_8)))
                .add(new RecordHeader("complaintbook-event-id", message.getIdentifier().getBytes(StandardCharsets.UTF_8)))
                .add(new RecordHeader("complaintbook-reason", reason.getBytes(StandardCharsets.UTF_8)));
        try {
            send(parked);
        } catch (ExecutionException failed) {
            // Not even parked: keep the position and try again rather than lose track of the event.
            throw new EventNotPublished(message.getIdentifier(), failed.getCause());
        }
        log.error("Parked stored event {} of complaint {} (store position {}) on {}: {}", message.getIdentifier(),
                message.getAggregateIdentifier(), storePosition, DEAD_LETTER_TOPIC, reason, cause);
        meters.counter("complaintbook.intake.events.parked", "reason", reason).increment();
    }

    private static String storedPayloadType(DomainEventMessage<?> message) {
        try {
            return message.getPayloadType().getName();
        } catch (RuntimeException unknown) {
            return "unknown";
        }
    }
}

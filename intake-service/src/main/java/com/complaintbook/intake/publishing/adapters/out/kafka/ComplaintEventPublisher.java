package com.complaintbook.intake.publishing.adapters.out.kafka;

import com.complaintbook.contracts.Topics;
import com.complaintbook.contracts.events.ComplaintEventType;
import com.complaintbook.contracts.events.EventEnvelope;
import com.complaintbook.intake.domain.ComplaintEvent;
import com.complaintbook.kit.kafka.FailureClassifier;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Carries every event from the event store to the events topic, in store order, keyed by complaint id.
 *
 * <p>The store holds intake's own events ({@link ComplaintEvent}); they become wire records here, at
 * publication, and nowhere else. It runs in a tracking event processor whose position is kept in the
 * token store. The processor hands it the store's events in batches, each in one unit of work: every
 * event of a batch is sent at once, and the unit of work commits (moving the position past the batch)
 * only after the broker has acknowledged all of them. A crash or an unreachable broker therefore
 * delays publication but never loses an event. What it may do is publish an event a second time (the
 * batch is sent again after a failure); the event id stays the same, and consumers deduplicate on it
 * or on the sequence number. The producer is idempotent and keeps the order of each partition, so a
 * complaint's events stay in order.
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
    private static final String BATCH = ComplaintEventPublisher.class.getName() + ".batch";

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
        CompletableFuture<SendResult<String, String>> sent;
        try {
            sent = kafka.send(record);
        } catch (KafkaException notSent) {
            // The producer answered at once: the broker has been away for max.block.ms, or the record
            // itself can never be sent. Failing the batch now, rather than trying its other events, keeps
            // it well inside Axon's unit-of-work timeout, which would interrupt the processor's thread and
            // stop publication for good.
            Throwable cause = FailureClassifier.underlying(notSent);
            if (cause instanceof RetriableException) {
                throw new EventNotPublished(message.getIdentifier(), cause);
            }
            park(message, position, "refused-by-broker", cause);
            return;
        }
        batch().add(new Pending(message, position, type, sent));
    }

    /** The sends of the current batch, awaited once before its unit of work commits. */
    private List<Pending> batch() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        return unitOfWork.root().getOrComputeResource(BATCH, key -> {
            List<Pending> pending = new ArrayList<>();
            unitOfWork.root().onPrepareCommit(committing -> awaitAcknowledgements(pending));
            return pending;
        });
    }

    /**
     * Waits for every send of the batch to be settled, acknowledged or failed, before the unit of work
     * may commit or roll back. A batch that fails is sent again whole; were any of its records still
     * waiting in the producer then, they would reach the topic along with their retried copies, so
     * the wait covers the producer's own delivery timeout (which must stay below publishTimeout).
     */
    private void awaitAcknowledgements(List<Pending> batch) {
        long deadline = System.nanoTime() + publishTimeout.toNanos();
        EventNotPublished failure = null;
        try {
            for (Pending pending : batch) {
                try {
                    pending.sent().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    meters.counter("complaintbook.intake.events.published", "type", pending.type()).increment();
                } catch (ExecutionException failed) {
                    // The future fails with KafkaTemplate's KafkaProducerException around the client's own exception:
                    // whether the broker is only away or refused the record is told by the innermost.
                    Throwable cause = FailureClassifier.underlying(failed.getCause());
                    if (cause instanceof RetriableException) {
                        failure = failure != null ? failure : new EventNotPublished(pending.message().getIdentifier(), cause);
                    } else {
                        park(pending.message(), pending.position(), "refused-by-broker", cause);
                    }
                } catch (TimeoutException slow) {
                    failure = failure != null ? failure : new EventNotPublished(pending.message().getIdentifier(), slow);
                }
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            throw new EventNotPublished("(batch)", stopping);
        }
        if (failure != null) {
            throw failure;
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
            kafka.send(parked).get(publishTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException failed) {
            // Not even parked: keep the position and try again rather than lose track of the event.
            throw new EventNotPublished(message.getIdentifier(), failed);
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

    private record Pending(DomainEventMessage<?> message, TrackingToken position, String type,
                           CompletableFuture<SendResult<String, String>> sent) {
    }
}

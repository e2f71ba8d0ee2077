package com.complaintbook.kit.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.BackOffHandler;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RetryListener;
import org.springframework.util.backoff.ExponentialBackOff;

import java.nio.charset.StandardCharsets;

import com.complaintbook.contracts.Topics;

/**
 * The one failure policy of every consumer, as a spring-kafka {@link DefaultErrorHandler}:
 * <ul>
 *   <li>a <em>refused</em> record (unreadable, or refused by the domain: {@link FailureClassifier})
 *   goes to {@code <topic>.<group>.dlt} at once, with a {@value #REASON_HEADER} header besides
 *   spring-kafka's {@code kafka_dlt-exception-*} ones, counted by {@value #DEAD_LETTERED} tagged
 *   {@code group} and {@code reason}, and logged at WARN;</li>
 *   <li>anything else is an <em>infrastructure failure</em>: retried with exponential back-off and
 *   no limit, never parked. Between attempts the consumer is paused but keeps polling (the
 *   {@link BackOffHandler} given, the container-pausing one in a service), so it stays in its group
 *   however long the outage; the record is not committed; {@link ConsumerRetryState} holds the
 *   partition, which readiness and a gauge report; each attempt logs one WARN line.</li>
 * </ul>
 * Works for record listeners and for batch listeners that name the failed record with a
 * {@code BatchListenerFailedException}: the records before it are committed, the rest delivered again.
 */
public final class ConsumerFailurePolicy {

    public static final String REASON_HEADER = "complaintbook-reason";
    public static final String DEAD_LETTERED = "complaintbook.events.dead-lettered";

    private static final Logger log = LoggerFactory.getLogger(ConsumerFailurePolicy.class);

    private ConsumerFailurePolicy() {
    }

    public static DefaultErrorHandler errorHandler(String group, FailureClassifier classifier, KafkaRetryProperties retry,
                                                   BackOffHandler backOffHandler, KafkaOperations<?, ?> kafkaTemplate,
                                                   ConsumerRetryState state, MeterRegistry meters) {
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(kafkaTemplate,
                (record, failure) -> new TopicPartition(Topics.deadLetterTopic(record.topic(), group), -1));
        deadLetters.setHeadersFunction((record, failure) -> {
            RecordHeaders headers = new RecordHeaders();
            headers.add(REASON_HEADER, FailureClassifier.reasonText(reasonOf(classifier, failure))
                    .getBytes(StandardCharsets.UTF_8));
            return headers;
        });
        ConsumerRecordRecoverer park = (record, failure) -> {
            if (!classifier.isRefused(failure)) {
                // Unreachable with an unlimited back-off; kept so that no configuration can ever park a healthy record.
                throw new IllegalStateException("An infrastructure failure is retried, never parked: "
                        + FailureClassifier.causeNames(failure));
            }
            Throwable reason = reasonOf(classifier, failure);
            deadLetters.accept(record, failure);
            meters.counter(DEAD_LETTERED, "group", group, "reason", reason.getClass().getSimpleName()).increment();
            // The log names the record and the reason's type, not its message, which may quote a customer.
            log.warn("Parked {}-{}@{} (key {}) on the dead-letter topic at once: refused by {}", record.topic(),
                    record.partition(), record.offset(), record.key(), reason.getClass().getSimpleName());
        };

        ExponentialBackOff backOff = new ExponentialBackOff(retry.initialInterval().toMillis(), retry.multiplier());
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        backOff.setMaxElapsedTime(ExponentialBackOff.DEFAULT_MAX_ELAPSED_TIME);
        backOff.setMaxAttempts(ExponentialBackOff.DEFAULT_MAX_ATTEMPTS);

        DefaultErrorHandler handler = new DefaultErrorHandler(park, backOff, backOffHandler);
        // The refusals the handler sends on at once are exactly the classifier's (it looks through causes, too).
        for (Class<? extends Throwable> refusal : classifier.refusalTypes()) {
            handler.addNotRetryableExceptions(refusal.asSubclass(Exception.class));
        }
        // A failed attempt is expected while a store is away; our listener logs it once, at WARN, without
        // the stack trace spring-kafka would print at ERROR ("Seek to current after exception") each time.
        handler.setLogLevel(KafkaException.Level.DEBUG);
        handler.setRetryListeners(new RetryListener() {
            @Override
            public void failedDelivery(ConsumerRecord<?, ?> record, Exception failure, int attempt) {
                if (classifier.isRefused(failure)) {
                    return;
                }
                state.failed(record, attempt, FailureClassifier.causeNames(failure));
                log.warn("Consumer group {} could not process {}-{}@{} (attempt {}): {}; retrying with back-off,"
                                + " the record is held, not parked", group, record.topic(), record.partition(),
                        record.offset(), attempt, FailureClassifier.causeNames(failure));
            }

            @Override
            public void recovered(ConsumerRecord<?, ?> record, Exception failure) {
                state.succeeded(new TopicPartition(record.topic(), record.partition()));
            }

            @Override
            public void recoveryFailed(ConsumerRecord<?, ?> record, Exception original, Exception failure) {
                state.failed(record, 0, "dead-lettering failed: " + FailureClassifier.causeNames(failure));
                log.warn("Consumer group {} could not park refused {}-{}@{} on its dead-letter topic: {}; will try again",
                        group, record.topic(), record.partition(), record.offset(),
                        FailureClassifier.causeNames(failure));
            }
        });
        return handler;
    }

    private static Throwable reasonOf(FailureClassifier classifier, Exception failure) {
        return classifier.refusalIn(failure).orElseGet(() -> FailureClassifier.underlying(failure));
    }
}

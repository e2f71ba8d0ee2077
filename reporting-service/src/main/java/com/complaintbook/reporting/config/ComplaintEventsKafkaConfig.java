package com.complaintbook.reporting.config;

import com.complaintbook.contracts.Topics;
import com.complaintbook.kit.events.UnreadableEventException;
import com.complaintbook.reporting.application.ReferenceTakenException;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * A record that fails is retried a bounded number of times, then parked on
 * {@code <topic>.<group>.dlt} so the partition moves on. A record that is not a readable event, or
 * whose reference already names another complaint, is parked at once: retrying cannot mend either.
 * The listener takes a poll at a time and names the failed record in a
 * {@code BatchListenerFailedException}, so this applies record by record all the same.
 */
@Configuration(proxyBeanMethods = false)
class ComplaintEventsKafkaConfig {

    private static final Logger log = LoggerFactory.getLogger(ComplaintEventsKafkaConfig.class);

    @Bean
    NewTopic complaintEventsDeadLetterTopic(ComplaintEventsProperties properties, KafkaProperties kafka) {
        return TopicBuilder.name(Topics.deadLetterTopic(Topics.COMPLAINT_EVENTS, consumerGroup(kafka)))
                .partitions(properties.deadLetterPartitions())
                .replicas(properties.deadLetterReplicas())
                .build();
    }

    @Bean
    DefaultErrorHandler complaintEventsErrorHandler(ComplaintEventsProperties properties, KafkaProperties kafka,
                                                    KafkaOperations<?, ?> kafkaTemplate,
                                                    MeterRegistry meters) {
        String group = consumerGroup(kafka);
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(kafkaTemplate,
                (record, failure) -> new TopicPartition(Topics.deadLetterTopic(record.topic(), group), -1));
        // Parking is logged and counted: a dead letter is a complaint some reader has not seen. The log
        // names the record, not the failure's message, which may quote a customer's address.
        ConsumerRecordRecoverer parkAndTell = (record, failure) -> {
            deadLetters.accept(record, failure);
            meters.counter("complaintbook.events.dead-lettered", "group", group).increment();
            log.warn("Parked complaint {} event at {}-{}@{} on the dead-letter topic after {}", record.key(),
                    record.topic(), record.partition(), record.offset(), reasonOf(failure));
        };
        DefaultErrorHandler handler = new DefaultErrorHandler(parkAndTell,
                new FixedBackOff(properties.retryInterval().toMillis(), properties.retryAttempts()));
        handler.addNotRetryableExceptions(UnreadableEventException.class, ReferenceTakenException.class);
        return handler;
    }

    // The failure arrives wrapped by the listener container and, from the batch listener, in the
    // BatchListenerFailedException that names the record; the log names what went wrong underneath.
    private static String reasonOf(Exception failure) {
        Throwable reason = failure;
        while (reason instanceof KafkaException && reason.getCause() != null) {
            reason = reason.getCause();
        }
        return reason.getClass().getSimpleName();
    }

    private static String consumerGroup(KafkaProperties kafka) {
        String group = kafka.getConsumer().getGroupId();
        if (group == null || group.isBlank()) {
            throw new IllegalStateException("spring.kafka.consumer.group-id must name this service's consumer group");
        }
        return group;
    }
}

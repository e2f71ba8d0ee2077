package com.complaintbook.notification.config;

import com.complaintbook.contracts.Topics;
import com.complaintbook.kit.events.UnreadableEventException;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.mail.MailPreparationException;
import org.springframework.util.backoff.FixedBackOff;

/**
 * A record that fails is retried a bounded number of times, then parked on
 * {@code <topic>.<group>.dlt} so the partition moves on. A record that is not a readable event is
 * parked at once: retrying cannot make it readable. Nor can it make a letter writable (an e-mail
 * address that is not one); a relay that refuses or is down, on the other hand, is worth retrying.
 *
 * <p>The listener takes a poll at a time and names the record that failed; the handler commits the
 * records before it, retries or parks that one, and delivers the ones after it again. Each record
 * thus gets the attempts it would get alone, and only the failed one is ever parked.
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
                    record.topic(), record.partition(), record.offset(), failure.getClass().getSimpleName());
        };
        DefaultErrorHandler handler = new DefaultErrorHandler(parkAndTell,
                new FixedBackOff(properties.retryInterval().toMillis(), properties.retryAttempts()));
        handler.addNotRetryableExceptions(UnreadableEventException.class, MailPreparationException.class);
        return handler;
    }

    private static String consumerGroup(KafkaProperties kafka) {
        String group = kafka.getConsumer().getGroupId();
        if (group == null || group.isBlank()) {
            throw new IllegalStateException("spring.kafka.consumer.group-id must name this service's consumer group");
        }
        return group;
    }
}

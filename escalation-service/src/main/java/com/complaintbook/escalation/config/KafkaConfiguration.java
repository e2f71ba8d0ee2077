package com.complaintbook.escalation.config;

import com.complaintbook.contracts.Topics;
import com.complaintbook.escalation.application.EscalationMetrics;
import com.complaintbook.kit.events.UnreadableEventException;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

import java.util.Objects;

/**
 * Failure handling and topics. A failed event (MongoDB unreachable, say) is retried a bounded number
 * of times, then parked on {@code <topic>.<group>.dlt} and the partition moves on; unreadable records
 * skip the retries.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KafkaConfiguration.class);

    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, String> kafkaTemplate, KafkaProperties kafkaProperties,
                                          EscalationProperties properties, EscalationMetrics metrics) {
        String group = consumerGroup(kafkaProperties);
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(kafkaTemplate,
                (record, exception) -> new TopicPartition(Topics.deadLetterTopic(record.topic(), group), -1));
        // Reported only after the dead-letter topic has the record: if parking fails, the record is
        // retried, not lost.
        ConsumerRecordRecoverer recoverer = (record, exception) -> {
            deadLetters.accept(record, exception);
            metrics.eventDeadLettered();
            log.atWarn()
                    .addKeyValue("topic", record.topic())
                    .addKeyValue("partition", record.partition())
                    .addKeyValue("offset", record.offset())
                    .addKeyValue("complaintId", record.key())
                    .setCause(exception)
                    .log("Record parked on the dead-letter topic");
        };
        EscalationProperties.Kafka kafka = properties.kafka();
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer,
                new FixedBackOff(kafka.retryInterval().toMillis(), kafka.retries()));
        handler.addNotRetryableExceptions(UnreadableEventException.class);
        return handler;
    }

    @Bean
    NewTopic complaintEventsDeadLetterTopic(KafkaProperties kafkaProperties, EscalationProperties properties) {
        return TopicBuilder.name(Topics.deadLetterTopic(Topics.COMPLAINT_EVENTS, consumerGroup(kafkaProperties)))
                .partitions(properties.kafka().partitions())
                .replicas(properties.kafka().replicas())
                .build();
    }

    private static String consumerGroup(KafkaProperties kafkaProperties) {
        return Objects.requireNonNull(kafkaProperties.getConsumer().getGroupId(),
                "spring.kafka.consumer.group-id must be set: it names the dead-letter topic");
    }
}

package com.complaintbook.intake.config;

import com.complaintbook.contracts.Topics;
import com.complaintbook.intake.adapters.out.kafka.ComplaintEventPublisher;
import com.complaintbook.intake.domain.ComplaintStepRefused;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;
import tools.jackson.core.JacksonException;

/**
 * Topics intake writes to or reads from, and what happens to a command that cannot be carried out:
 * a bounded number of retries for passing failures, none for a refused or unreadable command, then
 * the consumer group's dead-letter topic, and the partition moves on.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    @Bean
    NewTopic complaintEventsTopic(IntakeProperties properties) {
        return topic(Topics.COMPLAINT_EVENTS, properties);
    }

    @Bean
    NewTopic complaintCommandsTopic(IntakeProperties properties) {
        return topic(Topics.COMPLAINT_COMMANDS, properties);
    }

    @Bean
    NewTopic commandsDeadLetterTopic(IntakeProperties properties,
                                     @Value("${spring.kafka.consumer.group-id}") String group) {
        return topic(Topics.deadLetterTopic(Topics.COMPLAINT_COMMANDS, group), properties);
    }

    @Bean
    NewTopic publisherDeadLetterTopic(IntakeProperties properties) {
        return topic(ComplaintEventPublisher.DEAD_LETTER_TOPIC, properties);
    }

    @Bean
    DefaultErrorHandler commandErrorHandler(KafkaOperations<Object, Object> kafka, IntakeProperties properties,
                                            @Value("${spring.kafka.consumer.group-id}") String group) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(kafka,
                (record, failure) -> new TopicPartition(Topics.deadLetterTopic(record.topic(), group), -1));
        IntakeProperties.Kafka settings = properties.kafka();
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer,
                new FixedBackOff(settings.retryInterval().toMillis(), settings.retryAttempts()));
        handler.addNotRetryableExceptions(ComplaintStepRefused.class, AggregateNotFoundException.class,
                JacksonException.class, IllegalArgumentException.class);
        return handler;
    }

    private static NewTopic topic(String name, IntakeProperties properties) {
        return TopicBuilder.name(name)
                .partitions(properties.kafka().partitions())
                .replicas(properties.kafka().replicas())
                .build();
    }
}

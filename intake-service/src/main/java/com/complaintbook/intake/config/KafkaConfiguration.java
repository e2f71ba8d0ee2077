package com.complaintbook.intake.config;

import com.complaintbook.contracts.Topics;
import com.complaintbook.intake.domain.ComplaintStepRefused;
import com.complaintbook.intake.domain.InvalidCommandException;
import com.complaintbook.intake.publishing.adapters.out.kafka.ComplaintEventPublisher;
import com.complaintbook.kit.kafka.RecordRefusals;
import org.apache.kafka.clients.admin.NewTopic;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import tools.jackson.core.JacksonException;

/**
 * Topics intake writes to or reads from, and the commands its domain refuses. The command listener
 * follows the kit's one failure policy (see the service kit and the README): a command that cannot
 * be read, or that the Complaint aggregate refuses, goes to {@code <topic>.<group>.dlt} at once; any
 * other failure (PostgreSQL away, a conflict that outlived the gateway's retries) is an
 * infrastructure failure, retried with back-off without limit and never parked. The publisher's own
 * dead-letter topic is not the policy's: it parks stored events, not records it consumed.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    /**
     * Refused at once: a step the aggregate does not allow, a complaint that does not exist, a command
     * whose JSON cannot be mapped, and a command incomplete or contradicting itself (the domain's own
     * checks). Not every {@link IllegalArgumentException}: one from a library underneath is no
     * verdict on the command, and is retried like any other infrastructure failure.
     */
    @Bean
    RecordRefusals intakeRefusals() {
        return RecordRefusals.of(ComplaintStepRefused.class, AggregateNotFoundException.class,
                JacksonException.class, InvalidCommandException.class);
    }

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

    private static NewTopic topic(String name, IntakeProperties properties) {
        return TopicBuilder.name(name)
                .partitions(properties.kafka().partitions())
                .replicas(properties.kafka().replicas())
                .build();
    }
}

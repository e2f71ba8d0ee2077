package com.complaintbook.routing.config;

import com.complaintbook.contracts.Topics;
import com.complaintbook.kit.events.UnreadableEventException;
import com.complaintbook.routing.adapters.out.kafka.AssignComplaintPublisher;
import com.complaintbook.routing.application.AssignmentPublisher;
import com.complaintbook.routing.application.RoutingMetrics;
import com.complaintbook.routing.domain.UnknownEmployeeException;
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
import tools.jackson.databind.json.JsonMapper;

import java.util.Objects;

/**
 * Kafka wiring: the command publisher, failure handling and topics. A failed event is retried a
 * bounded number of times, then parked on {@code <topic>.<group>.dlt} and the partition moves on.
 * Records that no retry can fix skip the retries: unreadable ones, and escalations from an employee
 * the chart does not know (parked so they can be replayed once the chart is fixed). The listener
 * takes a batch per poll and names the failed record of it, so the same handler commits the records
 * before that one and redelivers the ones after it.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KafkaConfiguration.class);

    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, String> kafkaTemplate, KafkaProperties kafkaProperties,
                                          RoutingProperties properties, RoutingMetrics metrics) {
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
        RoutingProperties.Kafka kafka = properties.kafka();
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer,
                new FixedBackOff(kafka.retryInterval().toMillis(), kafka.retries()));
        handler.addNotRetryableExceptions(UnreadableEventException.class, UnknownEmployeeException.class);
        return handler;
    }

    @Bean
    AssignmentPublisher assignmentPublisher(KafkaTemplate<String, String> kafkaTemplate, JsonMapper jsonMapper,
                                            RoutingProperties properties) {
        return new AssignComplaintPublisher(kafkaTemplate, jsonMapper, properties.kafka().sendTimeout());
    }

    @Bean
    NewTopic complaintCommandsTopic(RoutingProperties properties) {
        return topic(Topics.COMPLAINT_COMMANDS, properties);
    }

    @Bean
    NewTopic complaintEventsDeadLetterTopic(KafkaProperties kafkaProperties, RoutingProperties properties) {
        return topic(Topics.deadLetterTopic(Topics.COMPLAINT_EVENTS, consumerGroup(kafkaProperties)), properties);
    }

    private static NewTopic topic(String name, RoutingProperties properties) {
        return TopicBuilder.name(name)
                .partitions(properties.kafka().partitions())
                .replicas(properties.kafka().replicas())
                .build();
    }

    private static String consumerGroup(KafkaProperties kafkaProperties) {
        return Objects.requireNonNull(kafkaProperties.getConsumer().getGroupId(),
                "spring.kafka.consumer.group-id must be set: it names the dead-letter topic");
    }
}

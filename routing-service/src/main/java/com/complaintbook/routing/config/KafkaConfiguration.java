package com.complaintbook.routing.config;

import com.complaintbook.contracts.Topics;
import com.complaintbook.kit.kafka.RecordRefusals;
import com.complaintbook.routing.adapters.out.kafka.AssignComplaintPublisher;
import com.complaintbook.routing.application.AssignmentPublisher;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.util.Objects;

/**
 * Kafka wiring: the command publisher, the domain's refusals and topics. Failures follow the kit's
 * one policy (see the service kit and the README): a record that is not a readable event goes to
 * {@code <topic>.<group>.dlt} at once; routing refuses no readable event, since someone in the chart
 * always takes a complaint; a command the broker does not acknowledge is an
 * infrastructure failure, retried with back-off without limit and never parked. The listener takes
 * a batch per poll and names the failed record of it, so the kit's handler commits the records
 * before that one and redelivers the ones after it.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    @Bean
    RecordRefusals routingRefusals() {
        return RecordRefusals.none();
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

package com.complaintbook.routing.config;

import com.complaintbook.contracts.Topics;
import com.complaintbook.routing.adapters.out.kafka.AssignComplaintPublisher;
import com.complaintbook.routing.adapters.out.kafka.KafkaCatalogueSink;
import com.complaintbook.routing.application.AssignmentPublisher;
import com.complaintbook.routing.application.CatalogueSink;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;
import java.util.Objects;

/**
 * Kafka wiring: the command publisher, the catalogue's sink and the topics routing declares. Failures
 * follow the kit's one policy (see the service kit and the README): a record that is not a readable
 * event goes to {@code <topic>.<group>.dlt} at once; anything else (MongoDB away, a command the broker
 * does not acknowledge) is an infrastructure failure, retried with back-off without limit and never
 * parked. Routing refuses nothing of its own: whoever an event names, the domain finds someone. The
 * listener takes a batch per poll and names the failed record of it, so the kit's handler commits the
 * records before that one and redelivers the ones after it.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    @Bean
    AssignmentPublisher assignmentPublisher(KafkaTemplate<String, String> kafkaTemplate, JsonMapper jsonMapper,
                                            RoutingProperties properties) {
        return new AssignComplaintPublisher(kafkaTemplate, jsonMapper, properties.kafka().sendTimeout());
    }

    /**
     * The sink reads the topic's live keys with routing's Kafka settings minus the group: it reads the
     * whole topic, commits nothing and must not join the listener's group.
     */
    @Bean
    CatalogueSink catalogueSink(KafkaTemplate<String, String> kafkaTemplate, JsonMapper jsonMapper,
                                KafkaProperties kafkaProperties, RoutingProperties properties) {
        Map<String, Object> settings = kafkaProperties.buildConsumerProperties();
        settings.remove(ConsumerConfig.GROUP_ID_CONFIG);
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        settings.put(ConsumerConfig.CLIENT_ID_CONFIG, "routing-catalogue-keys");
        return new KafkaCatalogueSink(kafkaTemplate, jsonMapper, properties.kafka().sendTimeout(),
                () -> new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer()),
                properties.kafka().sendTimeout());
    }

    @Bean
    NewTopic complaintCommandsTopic(RoutingProperties properties) {
        return topic(Topics.COMPLAINT_COMMANDS, properties);
    }

    @Bean
    NewTopic complaintEventsDeadLetterTopic(KafkaProperties kafkaProperties, RoutingProperties properties) {
        return topic(Topics.deadLetterTopic(Topics.COMPLAINT_EVENTS, consumerGroup(kafkaProperties)), properties);
    }

    /**
     * Compacted, so it keeps the latest entry of every key for ever; one partition, so a reader sees a
     * version's entries before its marker, in the order routing wrote them.
     */
    @Bean
    NewTopic catalogueTopic(RoutingProperties properties) {
        return TopicBuilder.name(Topics.CATALOGUE)
                .partitions(1)
                .replicas(properties.kafka().replicas())
                .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
                .build();
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

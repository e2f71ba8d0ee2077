package com.complaintbook.escalation.config;

import com.complaintbook.contracts.Topics;
import com.complaintbook.escalation.adapters.in.kafka.TimerPartitions;
import com.complaintbook.escalation.application.TimerScheduler;
import com.complaintbook.kit.kafka.ConsumerRetryState;
import com.complaintbook.kit.kafka.RecordRefusals;
import com.complaintbook.kit.kafka.RetryStateRebalanceListener;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;

import java.util.Objects;

/**
 * Failure handling and topics. Failures follow the kit's one policy (see the service kit and the
 * README): a record that is not a readable event goes to {@code <topic>.<group>.dlt} at once; a
 * MongoDB outage is waited out, the record held and retried with back-off without limit, never
 * parked. Escalation's domain refuses nothing of its own: every readable event either moves a
 * deadline or is ignored by the sequence guard.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    @Bean
    RecordRefusals escalationRefusals() {
        return RecordRefusals.none();
    }

    /**
     * Boot's listener container factory takes the one rebalance listener there is: this one stands
     * in for the kit's, and composes it, so the consumer retry state is still released with the
     * partitions while the timer scheduler follows them.
     */
    @Bean
    ConsumerAwareRebalanceListener timerPartitions(TimerScheduler scheduler, ConsumerRetryState retryState) {
        return new TimerPartitions(scheduler, new RetryStateRebalanceListener(retryState));
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

package com.complaintbook.kit.kafka.redrive;

import com.complaintbook.contracts.Topics;
import com.complaintbook.kit.kafka.ConsumerRetryState;
import com.complaintbook.kit.kafka.KafkaFailurePolicyAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.ListenerContainerRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Re-drive for every service with Kafka: the {@link DeadLetterRedrive} over the dead-letter topics of
 * the service's listeners ({@code <topic>.<group>.dlt}, the failure policy's), its ledger topic
 * {@code complaint-book.<group>.dead-letters.redriven} (compacted, declared here), the depth gauge,
 * and, where the service runs WebFlux, the admin endpoints of {@link DeadLetterController}.
 */
@AutoConfiguration(after = KafkaFailurePolicyAutoConfiguration.class)
@ConditionalOnClass({KafkaProperties.class, ListenerContainerRegistry.class})
@ConditionalOnBean({KafkaOperations.class, ConsumerRetryState.class})
@EnableConfigurationProperties(DeadLetterProperties.class)
public class DeadLetterRedriveAutoConfiguration {

    /** The ledger of what a consumer group's parked records were re-driven; one per service. */
    public static String ledgerTopic(String group) {
        return "complaint-book." + group + ".dead-letters.redriven";
    }

    @Bean
    @ConditionalOnMissingBean
    DeadLetterRedrive deadLetterRedrive(KafkaProperties kafka, ConsumerRetryState consumers, DeadLetterProperties properties,
                                        ObjectProvider<ListenerContainerRegistry> registry, ObjectProvider<Clock> clock) {
        String group = consumers.group();
        return new DeadLetterRedrive(kafka.buildConsumerProperties(), kafka.buildProducerProperties(),
                deadLetterTopics(registry, group), ledgerTopic(group), properties.readTimeout(),
                clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    NewTopic deadLetterLedgerTopic(ConsumerRetryState consumers, DeadLetterProperties properties) {
        return TopicBuilder.name(ledgerTopic(consumers.group()))
                .partitions(1)
                .replicas(properties.ledgerReplicas())
                .compact()
                .build();
    }

    @Bean
    @ConditionalOnMissingBean
    DeadLetterDepthGauge deadLetterDepthGauge(DeadLetterRedrive deadLetters, ObjectProvider<MeterRegistry> meters,
                                              DeadLetterProperties properties) {
        return new DeadLetterDepthGauge(deadLetters,
                meters.getIfAvailable(SimpleMeterRegistry::new),
                properties.depthInterval());
    }

    /**
     * The failure policy parks what every listener of the service refuses on {@code <topic>.<group>.dlt},
     * with the service's group whatever the listener's own; asked at each use, so listeners
     * registered late count too.
     */
    private static Supplier<List<String>> deadLetterTopics(ObjectProvider<ListenerContainerRegistry> registry, String group) {
        return () -> {
            ListenerContainerRegistry containers = registry.getIfAvailable();
            if (containers == null) {
                return List.of();
            }
            return containers.getAllListenerContainers().stream()
                    .map(MessageListenerContainer::getContainerProperties)
                    .map(ContainerProperties::getTopics)
                    .filter(Objects::nonNull)
                    .flatMap(Arrays::stream)
                    .map(topic -> Topics.deadLetterTopic(topic, group))
                    .distinct()
                    .sorted()
                    .toList();
        };
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
    @ConditionalOnClass(name = "org.springframework.web.reactive.DispatcherHandler")
    static class AdminEndpoint {

        @Bean
        @ConditionalOnMissingBean
        DeadLetterController deadLetterController(DeadLetterRedrive deadLetters) {
            return new DeadLetterController(deadLetters);
        }
    }
}

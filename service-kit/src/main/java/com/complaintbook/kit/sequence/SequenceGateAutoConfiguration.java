package com.complaintbook.kit.sequence;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;

/**
 * Gives a service the {@link SequenceGate} once it declares its {@link StreamPositions}: a service
 * whose state is guarded by sequence takes the gate on; one that keeps no order (a stateless
 * translator, a notifier keyed by event) gets none, and no gauges that would mean nothing.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration"})
@ConditionalOnClass({MongoTemplate.class, MeterRegistry.class})
@ConditionalOnBean({MongoTemplate.class, StreamPositions.class})
public class SequenceGateAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(SequenceGate.class)
    MongoSequenceGate sequenceGate(MongoTemplate mongo, StreamPositions positions, Environment environment,
                              ObjectProvider<Clock> clock, ObjectProvider<MeterRegistry> meters) {
        return new MongoSequenceGate(mongo, positions, consumerGroup(environment), clock.getIfAvailable(Clock::systemUTC),
                meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    private static String consumerGroup(Environment environment) {
        String group = environment.getProperty("spring.kafka.consumer.group-id");
        if (group == null || group.isBlank()) {
            group = environment.getProperty("spring.application.name");
        }
        if (group == null || group.isBlank()) {
            throw new IllegalStateException("spring.kafka.consumer.group-id must name this service's consumer group");
        }
        return group;
    }
}

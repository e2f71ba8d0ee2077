package com.complaintbook.kit.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.kafka.listener.ContainerPausingBackOffHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerContainerPauseService;
import org.springframework.kafka.listener.ListenerContainerRegistry;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import java.time.Clock;

/**
 * Wires {@link ConsumerFailurePolicy} into every service that consumes with spring-kafka: the error
 * handler Boot's listener container factory picks up, the interceptor that tells it when a delivery
 * went through, the {@code consumers} health contributor (include it in the readiness group) and the
 * retry state behind both. A service only declares its domain's {@link RecordRefusals}.
 */
@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@ConditionalOnClass({DefaultErrorHandler.class, KafkaProperties.class})
@ConditionalOnBean(KafkaOperations.class)
@EnableConfigurationProperties(KafkaRetryProperties.class)
public class KafkaFailurePolicyAutoConfiguration {

    /** The bean name; the health contributor is named {@code consumers} after it. */
    public static final String HEALTH_BEAN_NAME = "consumersHealthIndicator";

    @Bean
    @ConditionalOnMissingBean
    ConsumerRetryState consumerRetryState(KafkaProperties kafka, Environment environment, ObjectProvider<Clock> clock,
                                          ObjectProvider<MeterRegistry> meters) {
        return new ConsumerRetryState(consumerGroup(kafka, environment), clock.getIfAvailable(Clock::systemUTC),
                meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean(HEALTH_BEAN_NAME)
    @ConditionalOnMissingBean(name = HEALTH_BEAN_NAME)
    ConsumersHealthIndicator consumersHealthIndicator(ConsumerRetryState state) {
        return new ConsumersHealthIndicator(state);
    }

    @Bean
    @ConditionalOnMissingBean
    ConsumerSuccessInterceptor consumerSuccessInterceptor(ConsumerRetryState state) {
        return new ConsumerSuccessInterceptor(state);
    }

    /** Boot's listener container factory takes the one {@code ConsumerAwareRebalanceListener} bean there is. */
    @Bean
    @ConditionalOnMissingBean(ConsumerAwareRebalanceListener.class)
    RetryStateRebalanceListener retryStateRebalanceListener(ConsumerRetryState state) {
        return new RetryStateRebalanceListener(state);
    }

    @Bean
    @ConditionalOnMissingBean
    FailureClassifier failureClassifier(ObjectProvider<RecordRefusals> refusals) {
        return new FailureClassifier(refusals.getIfAvailable(RecordRefusals::none));
    }

    /** Resumes the paused consumers when their back-off ends; the kit's own, so it claims no service's scheduler. */
    @Bean
    BackOffScheduler kafkaBackOffScheduler() {
        return new BackOffScheduler();
    }

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler kafkaErrorHandler(KafkaProperties kafka, Environment environment, FailureClassifier classifier,
                                          KafkaRetryProperties retry, ObjectProvider<ListenerContainerRegistry> registry,
                                          BackOffScheduler scheduler, KafkaOperations<?, ?> kafkaTemplate,
                                          ConsumerRetryState state, ObjectProvider<MeterRegistry> meters) {
        ContainerPausingBackOffHandler pausing = new ContainerPausingBackOffHandler(
                new ListenerContainerPauseService(registry.getIfAvailable(), scheduler.scheduler));
        return ConsumerFailurePolicy.errorHandler(consumerGroup(kafka, environment), classifier, retry, pausing,
                kafkaTemplate, state, meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    static String consumerGroup(KafkaProperties kafka, Environment environment) {
        String group = kafka.getConsumer().getGroupId();
        if (group == null || group.isBlank()) {
            group = environment.getProperty("spring.application.name");
        }
        if (group == null || group.isBlank()) {
            throw new IllegalStateException("spring.kafka.consumer.group-id must name this service's consumer group");
        }
        return group;
    }

    /** Holds a scheduler that is not a {@code TaskScheduler} bean, so that Boot's own still comes where a service wants one. */
    static final class BackOffScheduler implements DisposableBean {

        private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

        BackOffScheduler() {
            scheduler.setThreadNamePrefix("kafka-back-off-");
            scheduler.setPoolSize(1);
            scheduler.setDaemon(true);
            scheduler.initialize();
        }

        @Override
        public void destroy() {
            scheduler.shutdown();
        }
    }
}

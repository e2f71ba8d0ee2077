package com.complaintbook.kit.kafka;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.listener.DefaultErrorHandler;

import static org.assertj.core.api.Assertions.assertThat;

/** What a service that consumes with spring-kafka gets by depending on the kit, with no configuration. */
class KafkaFailurePolicyAutoConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(KafkaAutoConfiguration.class,
                    KafkaFailurePolicyAutoConfiguration.class))
            .withPropertyValues("spring.application.name=reporting-service");

    @Test
    void theListenerContainersGetThePolicyTheSuccessInterceptorAndTheRebalanceListener() {
        context.run(started -> {
            assertThat(started).hasSingleBean(DefaultErrorHandler.class);
            assertThat(started).hasBean(KafkaFailurePolicyAutoConfiguration.HEALTH_BEAN_NAME);
            assertThat(started.getBean(ConsumerRetryState.class).group()).isEqualTo("reporting-service");

            ConcurrentKafkaListenerContainerFactory<?, ?> factory =
                    started.getBean(ConcurrentKafkaListenerContainerFactory.class);
            assertThat(factory.getContainerProperties().getConsumerRebalanceListener())
                    .isInstanceOf(RetryStateRebalanceListener.class);
        });
    }
}

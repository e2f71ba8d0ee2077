package com.complaintbook.kit.web;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class StoreOutageAutoConfigurationTest {

    private final ReactiveWebApplicationContextRunner context = new ReactiveWebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(StoreOutageAutoConfiguration.class));

    @Test
    void givenAReactiveWebService_thenStoreOutagesAreAnswered() {
        context.run(started -> assertThat(started).hasSingleBean(StoreOutageExceptionHandler.class));
    }

    @Test
    void givenAServiceWithItsOwn_thenTheKitsBacksOff() {
        StoreOutageExceptionHandler own = new StoreOutageExceptionHandler(
                new StoreOutageProperties(Duration.ofSeconds(30)), new SimpleMeterRegistry());
        context.withBean(StoreOutageExceptionHandler.class, () -> own)
                .run(started -> assertThat(started).getBean(StoreOutageExceptionHandler.class).isSameAs(own));
    }

    @Test
    void givenNoWebServer_thenNothing() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(StoreOutageAutoConfiguration.class))
                .run(started -> assertThat(started).doesNotHaveBean(StoreOutageExceptionHandler.class));
    }
}

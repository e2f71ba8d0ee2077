package com.complaintbook.kit.sequence;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class SequenceGateAutoConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withPropertyValues("spring.application.name=a-service")
            .withConfiguration(AutoConfigurations.of(MongoAutoConfiguration.class, DataMongoAutoConfiguration.class,
                    SequenceGateAutoConfiguration.class));

    @Test
    void givenAServiceThatSaysWhereItsStreamsStand_thenItHasTheGate() {
        context.withBean(StreamPositions.class, StreamPositions::none)
                .run(started -> assertThat(started).hasSingleBean(SequenceGate.class));
    }

    @Test
    void givenAServiceWithoutStreamPositions_thenNoGateAndNoGauges() {
        context.run(started -> assertThat(started).doesNotHaveBean(SequenceGate.class));
    }
}

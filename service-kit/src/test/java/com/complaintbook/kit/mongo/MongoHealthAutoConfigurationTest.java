package com.complaintbook.kit.mongo;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class MongoHealthAutoConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(MongoAutoConfiguration.class, DataMongoAutoConfiguration.class,
                    MongoHealthContributorAutoConfiguration.class, MongoHealthAutoConfiguration.class));

    @Test
    void givenAMongoTemplate_thenThePingIndicatorIsTheOneMongoIndicatorAndBootsHelloOneBacksOff() {
        context.run(started -> {
            assertThat(started).hasSingleBean(HealthIndicator.class);
            assertThat(started).getBean(MongoHealthAutoConfiguration.BEAN_NAME)
                    .isInstanceOf(MongoPingHealthIndicator.class);
        });
    }

    @Test
    void givenNoMongoDB_thenNoIndicator() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MongoHealthAutoConfiguration.class))
                .run(started -> assertThat(started).doesNotHaveBean(MongoPingHealthIndicator.class));
    }
}

package com.complaintbook.kit.mongo;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.internal.MongoClientImpl;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The driver's waits for an unavailable server, as the services' MongoDB clients get them. */
class MongoTimeoutsAutoConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(MongoAutoConfiguration.class, MongoTimeoutsAutoConfiguration.class));

    @Test
    void givenNothingSaid_thenAnOperationWaitsSecondsNotTheDriversHalfMinute() {
        context.withPropertyValues("spring.mongodb.uri=mongodb://localhost:27017/test").run(started -> {
            MongoClientSettings settings = settingsOf(started);
            assertThat(settings.getClusterSettings().getServerSelectionTimeout(TimeUnit.MILLISECONDS)).isEqualTo(2000);
            assertThat(settings.getSocketSettings().getConnectTimeout(TimeUnit.MILLISECONDS)).isEqualTo(2000);
            assertThat(settings.getSocketSettings().getReadTimeout(TimeUnit.MILLISECONDS)).isEqualTo(10000);
            assertThat(settings.getConnectionPoolSettings().getMaxWaitTime(TimeUnit.MILLISECONDS)).isEqualTo(2000);
        });
    }

    @Test
    void givenTheKitsKeys_thenTheyApply() {
        context.withPropertyValues("spring.mongodb.uri=mongodb://localhost:27017/test",
                "complaintbook.mongo.server-selection-timeout=500ms", "complaintbook.mongo.connect-timeout=1s",
                "complaintbook.mongo.read-timeout=0").run(started -> {
            MongoClientSettings settings = settingsOf(started);
            assertThat(settings.getClusterSettings().getServerSelectionTimeout(TimeUnit.MILLISECONDS)).isEqualTo(500);
            assertThat(settings.getSocketSettings().getConnectTimeout(TimeUnit.MILLISECONDS)).isEqualTo(1000);
            assertThat(settings.getSocketSettings().getReadTimeout(TimeUnit.MILLISECONDS)).isZero();
        });
    }

    @Test
    void givenOptionsInTheConnectionString_thenTheyWinOverTheKitsDefaults() {
        context.withPropertyValues("spring.mongodb.uri=mongodb://localhost:27017/test?serverSelectionTimeoutMS=7000")
                .run(started -> {
                    MongoClientSettings settings = settingsOf(started);
                    assertThat(settings.getClusterSettings().getServerSelectionTimeout(TimeUnit.MILLISECONDS))
                            .isEqualTo(7000);
                    assertThat(settings.getSocketSettings().getConnectTimeout(TimeUnit.MILLISECONDS)).isEqualTo(2000);
                });
    }

    @Test
    void givenANonsensicalTimeout_thenTheServiceDoesNotStart() {
        context.withPropertyValues("complaintbook.mongo.server-selection-timeout=0s")
                .run(started -> assertThat(started).hasFailed());
    }

    /** What the client Boot built was given, after every customizer and the connection string. */
    private static MongoClientSettings settingsOf(AssertableApplicationContext started) {
        return ((MongoClientImpl) started.getBean(MongoClient.class)).getSettings();
    }
}

package com.complaintbook.kit.mongo;

import com.mongodb.MongoClientSettings;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

import java.util.concurrent.TimeUnit;

/**
 * Bounds how long the blocking and the reactive MongoDB client wait for a server that is away
 * ({@link MongoTimeoutProperties}), so that a request during an outage is answered in seconds
 * (503, from the kit's web handler) and readiness says DOWN as quickly.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration",
        "org.springframework.boot.mongodb.autoconfigure.MongoReactiveAutoConfiguration"})
@ConditionalOnClass({MongoClientSettings.class, MongoClientSettingsBuilderCustomizer.class})
@EnableConfigurationProperties(MongoTimeoutProperties.class)
public class MongoTimeoutsAutoConfiguration {

    @Bean
    MongoClientSettingsBuilderCustomizer mongoTimeoutsCustomizer(MongoTimeoutProperties timeouts) {
        return new TimeoutsCustomizer(timeouts);
    }

    /**
     * Runs before Boot's own customizer, which applies the connection string: an option written there
     * replaces the value set here, and one left out keeps it.
     */
    static final class TimeoutsCustomizer implements MongoClientSettingsBuilderCustomizer, Ordered {

        private final MongoTimeoutProperties timeouts;

        TimeoutsCustomizer(MongoTimeoutProperties timeouts) {
            this.timeouts = timeouts;
        }

        @Override
        public void customize(MongoClientSettings.Builder settings) {
            settings.applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(
                            timeouts.serverSelectionTimeout().toMillis(), TimeUnit.MILLISECONDS))
                    .applyToSocketSettings(socket -> socket
                            .connectTimeout(Math.toIntExact(timeouts.connectTimeout().toMillis()), TimeUnit.MILLISECONDS)
                            .readTimeout(Math.toIntExact(timeouts.readTimeout().toMillis()), TimeUnit.MILLISECONDS))
                    .applyToConnectionPoolSettings(pool -> pool.maxWaitTime(
                            timeouts.poolWaitTimeout().toMillis(), TimeUnit.MILLISECONDS));
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }
}

package com.complaintbook.kit.mongo;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Registers {@link MongoPingHealthIndicator} in every service that has a {@link MongoTemplate}, under
 * the health contributor name {@code mongo}. It runs before Boot's own MongoDB health configurations,
 * which back off from a bean of this name, so {@code hello} is never asked and a readiness group
 * includes {@code mongo} in every service alike.
 */
@AutoConfiguration(
        afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        beforeName = {
                "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration",
                "org.springframework.boot.mongodb.autoconfigure.health.MongoReactiveHealthContributorAutoConfiguration"})
@ConditionalOnClass(MongoTemplate.class)
public class MongoHealthAutoConfiguration {

    /** The bean name Boot's configurations back off from; the contributor is named {@code mongo} after it. */
    public static final String BEAN_NAME = "mongoHealthIndicator";

    @Bean(BEAN_NAME)
    @ConditionalOnBean(MongoTemplate.class)
    @ConditionalOnMissingBean(name = BEAN_NAME)
    MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }
}

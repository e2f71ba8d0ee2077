package com.complaintbook.kit.web;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.web.server.WebExceptionHandler;

/**
 * Gives every reactive web service the same answer while its store is away:
 * {@link StoreOutageExceptionHandler}. A service that wants another declares its own bean of that type.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnClass(WebExceptionHandler.class)
@EnableConfigurationProperties(StoreOutageProperties.class)
public class StoreOutageAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    StoreOutageExceptionHandler storeOutageExceptionHandler(StoreOutageProperties properties,
                                                            ObjectProvider<MeterRegistry> meters) {
        return new StoreOutageExceptionHandler(properties, meters.getIfAvailable(SimpleMeterRegistry::new));
    }
}

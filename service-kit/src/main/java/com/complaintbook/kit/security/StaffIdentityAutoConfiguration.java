package com.complaintbook.kit.security;

import com.complaintbook.kit.time.ClockAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;

/**
 * Staff identity for a service with a WebFlux API and Spring Security's resource server on its class
 * path. Boot's own resource-server configuration builds the token decoder from the standard keys:
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} (OIDC discovery, then the JWKS it
 * names, fetched on the first token, so a service starts while its identity provider is away) and
 * {@code .audiences}; it checks the issuer and audience and only accepts RS256. This adds what Boot
 * leaves optional: both keys must be set, and a token must carry {@code exp}. A token that cannot be
 * checked because the provider cannot be reached is answered 503 and counted as
 * {@code complaintbook.staff.tokens.unverifiable}.
 */
@AutoConfiguration(before = ReactiveOAuth2ResourceServerAutoConfiguration.class, after = ClockAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnClass({ServerHttpSecurity.class, ReactiveJwtDecoder.class, ReactiveOAuth2ResourceServerAutoConfiguration.class,
        MeterRegistry.class})
@EnableConfigurationProperties(OAuth2ResourceServerProperties.class)
public class StaffIdentityAutoConfiguration {

    /**
     * Boot adds every token validator bean to the issuer and audience checks and, seeing a timestamp
     * validator among them, uses this one instead of its default, which lets a token without
     * {@code exp} live for ever.
     */
    @Bean
    JwtTimestampValidator staffTokenLifetime(ObjectProvider<Clock> clock) {
        JwtTimestampValidator lifetime = new JwtTimestampValidator();
        lifetime.setAllowEmptyExpiryClaim(false);
        lifetime.setClock(clock.getIfAvailable(Clock::systemUTC));
        return lifetime;
    }

    @Bean
    StaffIdentity staffIdentity(OAuth2ResourceServerProperties properties, ObjectProvider<ReactiveJwtDecoder> decoder,
                                ObjectProvider<JsonMapper> json, ObjectProvider<MeterRegistry> meters) {
        OAuth2ResourceServerProperties.Jwt jwt = properties.getJwt();
        if (jwt.getIssuerUri() == null || jwt.getIssuerUri().isBlank()) {
            throw new IllegalStateException("spring.security.oauth2.resourceserver.jwt.issuer-uri must name the staff"
                    + " identity provider (its OIDC discovery document is at <issuer-uri>/.well-known/openid-configuration)");
        }
        if (jwt.getAudiences() == null || jwt.getAudiences().isEmpty()) {
            throw new IllegalStateException("spring.security.oauth2.resourceserver.jwt.audiences must name the audience"
                    + " staff tokens for this service carry; without it a token issued for any other application would pass");
        }
        return new StaffIdentity(decoder.getObject(), new StaffTokenProblems(
                json.getIfAvailable(() -> JsonMapper.builder().build()),
                meters.getIfAvailable(SimpleMeterRegistry::new)));
    }
}

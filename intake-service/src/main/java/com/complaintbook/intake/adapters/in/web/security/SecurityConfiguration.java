package com.complaintbook.intake.adapters.in.web.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.ServerAuthenticationEntryPointFailureHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import tools.jackson.databind.json.JsonMapper;

import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;

/**
 * Three doors. Submissions need an API key; staff actions on a complaint need a staff JWT; health,
 * metrics, API docs, customer links (checked by their own signature) and the local identity
 * provider are open. Everything is stateless: no sessions, no cookies, so no CSRF surface.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

    static final String SUBMISSIONS = "/api/v1/complaints";

    @Bean
    @Order(1)
    SecurityWebFilterChain submissionSecurity(ServerHttpSecurity http, ApiKeyAuthenticationManager apiKeys, JsonMapper json) {
        ProblemSecurityResponses problems = new ProblemSecurityResponses(json,
                "ApiKey header=\"" + ApiKeyAuthenticationConverter.HEADER + "\"");
        AuthenticationWebFilter authentication = new AuthenticationWebFilter(apiKeys);
        authentication.setServerAuthenticationConverter(new ApiKeyAuthenticationConverter());
        authentication.setAuthenticationFailureHandler(new ServerAuthenticationEntryPointFailureHandler(problems));
        authentication.setSecurityContextRepository(NoOpServerSecurityContextRepository.getInstance());
        return stateless(http)
                .securityMatcher(ServerWebExchangeMatchers.pathMatchers(HttpMethod.POST, SUBMISSIONS))
                .addFilterAt(authentication, SecurityWebFiltersOrder.AUTHENTICATION)
                .authorizeExchange(exchanges -> exchanges.anyExchange().hasAuthority(ApiKeyAuthentication.SUBMITTER))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }

    @Bean
    @Order(2)
    SecurityWebFilterChain staffSecurity(ServerHttpSecurity http, ReactiveJwtDecoder staffTokens, JsonMapper json) {
        ProblemSecurityResponses problems = new ProblemSecurityResponses(json, "Bearer");
        return stateless(http)
                .securityMatcher(ServerWebExchangeMatchers.pathMatchers(SUBMISSIONS + "/**"))
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtDecoder(staffTokens))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .authorizeExchange(exchanges -> exchanges.anyExchange().authenticated())
                .exceptionHandling(handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }

    @Bean
    @Order(3)
    SecurityWebFilterChain openSecurity(ServerHttpSecurity http, JsonMapper json) {
        ProblemSecurityResponses problems = new ProblemSecurityResponses(json, "Bearer");
        return stateless(http)
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/actuator/**", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
                                "/webjars/**", "/api/v1/customer/**", "/customer/**", "/api/v1/dev/**").permitAll()
                        .anyExchange().denyAll())
                .exceptionHandling(handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }

    @Bean
    ReactiveJwtDecoder staffTokenDecoder(StaffIdentityProperties identity) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder
                .withSecretKey(new SecretKeySpec(identity.hmacSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"))
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(identity.issuer()));
        return decoder;
    }

    private static ServerHttpSecurity stateless(ServerHttpSecurity http) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.disable())
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance());
    }
}

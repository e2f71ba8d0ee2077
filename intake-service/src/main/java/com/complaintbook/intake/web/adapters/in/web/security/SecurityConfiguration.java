package com.complaintbook.intake.web.adapters.in.web.security;

import com.complaintbook.kit.security.StaffIdentity;
import com.complaintbook.kit.security.StaffRole;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.ServerAuthenticationEntryPointFailureHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two doors. Submissions need an API key. Everything else goes through the kit's staff identity:
 * staff actions on a complaint need a staff token with role employee or manager (whether this
 * employee may act on this complaint is the aggregate's rule: the assignee or someone above them),
 * the admin API role admin; health, metrics, API docs and customer links (checked by their own
 * signature) are open. Everything is stateless: no sessions, no cookies, so no CSRF surface.
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
    SecurityWebFilterChain staffSecurity(ServerHttpSecurity http, StaffIdentity staff) {
        return staff.staffTokens(http)
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(StaffIdentity.OPEN_PATHS).permitAll()
                        .pathMatchers("/api/v1/customer/**", "/customer/**").permitAll()
                        .pathMatchers(HttpMethod.GET, "/api/v1/catalogue").permitAll()
                        .pathMatchers(StaffIdentity.ADMIN_PATHS).hasAuthority(StaffRole.ADMIN.authority())
                        .pathMatchers(SUBMISSIONS + "/**").hasAnyAuthority(StaffRole.authorities(StaffRole.EMPLOYEE, StaffRole.MANAGER))
                        .anyExchange().denyAll())
                .build();
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

package com.complaintbook.routing.adapters.in.web;

import com.complaintbook.kit.security.StaffIdentity;
import com.complaintbook.kit.security.StaffRole;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * Health and metrics are open; changing the organisation is for admins, reading it and routing's
 * decisions for managers, analysts and admins; nothing else is served.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

    private static final String[] ORGANISATION = {"/api/v1/organisation", "/api/v1/organisation/**"};

    @Bean
    SecurityWebFilterChain security(ServerHttpSecurity http, StaffIdentity staff) {
        return staff.chain(http, servicePaths -> servicePaths
                .pathMatchers(HttpMethod.PUT, ORGANISATION).hasAnyAuthority(StaffRole.authorities(StaffRole.ADMIN))
                .pathMatchers(HttpMethod.GET, ORGANISATION).hasAnyAuthority(
                        StaffRole.authorities(StaffRole.MANAGER, StaffRole.ANALYST, StaffRole.ADMIN))
                .pathMatchers(HttpMethod.GET, "/api/v1/routing/complaints/*").hasAnyAuthority(
                        StaffRole.authorities(StaffRole.MANAGER, StaffRole.ANALYST, StaffRole.ADMIN)));
    }
}

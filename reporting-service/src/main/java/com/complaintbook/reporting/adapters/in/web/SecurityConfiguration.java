package com.complaintbook.reporting.adapters.in.web;

import com.complaintbook.kit.security.StaffIdentity;
import com.complaintbook.kit.security.StaffRole;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * Who may read: the complaint views and reports hold customers' words and staff names, so they are
 * for analysts, managers and admins with a staff token; the admin API for admins. Health, metrics
 * and the API documents are open; any other path is refused.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

    @Bean
    SecurityWebFilterChain security(ServerHttpSecurity http, StaffIdentity staff) {
        return staff.chain(http, servicePaths -> servicePaths
                .pathMatchers("/api/v1/complaints/**", "/api/v1/complaints", "/api/v1/reports/**")
                .hasAnyAuthority(StaffRole.authorities(StaffRole.ANALYST, StaffRole.MANAGER, StaffRole.ADMIN)));
    }
}

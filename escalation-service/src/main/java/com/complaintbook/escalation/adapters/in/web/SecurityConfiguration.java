package com.complaintbook.escalation.adapters.in.web;

import com.complaintbook.kit.security.StaffIdentity;
import com.complaintbook.kit.security.StaffRole;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * Who may read the deadlines and breaches: managers, who chase them, analysts and admins, with a staff token;
 * the admin API is for admins. Health and metrics are open; any other path is refused.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

    @Bean
    SecurityWebFilterChain security(ServerHttpSecurity http, StaffIdentity staff) {
        return staff.chain(http, servicePaths -> servicePaths
                .pathMatchers("/api/v1/deadlines/**", "/api/v1/deadlines", "/api/v1/breaches")
                .hasAnyAuthority(StaffRole.authorities(StaffRole.MANAGER, StaffRole.ANALYST, StaffRole.ADMIN)));
    }
}

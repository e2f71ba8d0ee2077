package com.complaintbook.routing.adapters.in.web;

import com.complaintbook.kit.security.StaffIdentity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * Health and metrics are open; the admin API is for staff with role admin; nothing else is served.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

    @Bean
    SecurityWebFilterChain security(ServerHttpSecurity http, StaffIdentity staff) {
        return staff.chain(http, servicePaths -> { });
    }
}

package com.complaintbook.kit.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtGrantedAuthoritiesConverterAdapter;
import org.springframework.security.web.server.authentication.ServerAuthenticationEntryPointFailureHandler;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;

/**
 * What every service's security filter chain shares: stateless requests (no session, no cookie, so
 * no CSRF surface), staff identified by a bearer JWT from the company's identity provider, their
 * roles from the token, refusals as problem details. The service's own chain then says which paths
 * need which {@link StaffRole}.
 */
public final class StaffIdentity {

    /** Open in every service: health, metrics and the API documents. */
    public static final String[] OPEN_PATHS = {
            "/actuator/**", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/**"};

    /** The admin APIs, {@link StaffRole#ADMIN} only, in every service. */
    public static final String ADMIN_PATHS = "/api/v1/admin/**";

    private final ReactiveJwtDecoder decoder;
    private final StaffTokenProblems problems;
    private final ReactiveJwtAuthenticationConverter staff;
    private final ServerAuthenticationEntryPointFailureHandler failures;

    StaffIdentity(ReactiveJwtDecoder decoder, StaffTokenProblems problems) {
        this.decoder = decoder;
        this.problems = problems;
        // A token that cannot be checked because the provider's discovery document or keys cannot be
        // fetched is an authentication service failure. Spring rethrows it by default, which WebFlux
        // answers with a bare 500; the problems answer it with a 503 to retry.
        this.failures = new ServerAuthenticationEntryPointFailureHandler(problems);
        this.failures.setRethrowAuthenticationServiceException(false);
        this.staff = new ReactiveJwtAuthenticationConverter();
        this.staff.setJwtGrantedAuthoritiesConverter(new ReactiveJwtGrantedAuthoritiesConverterAdapter(new StaffRolesConverter()));
    }

    /**
     * The chain of a service whose whole HTTP API is for staff: {@link #OPEN_PATHS} open,
     * {@link #ADMIN_PATHS} for {@link StaffRole#ADMIN}, then the service's own paths, and every other
     * path refused, so that an endpoint nobody gave a rule is closed, not open.
     *
     * @param servicePaths which of the service's paths need which roles; nothing for a service that
     *                     serves only health, metrics and the admin API
     */
    public SecurityWebFilterChain chain(ServerHttpSecurity http,
                                        Customizer<ServerHttpSecurity.AuthorizeExchangeSpec> servicePaths) {
        return staffTokens(http)
                .authorizeExchange(exchanges -> {
                    exchanges.pathMatchers(OPEN_PATHS).permitAll()
                            .pathMatchers(ADMIN_PATHS).hasAuthority(StaffRole.ADMIN.authority());
                    servicePaths.customize(exchanges);
                    exchanges.anyExchange().denyAll();
                })
                .build();
    }

    /** {@code http} made stateless and set to take staff tokens; authorisation rules are the caller's. */
    public ServerHttpSecurity staffTokens(ServerHttpSecurity http) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.disable())
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtDecoder(decoder).jwtAuthenticationConverter(staff))
                        .authenticationEntryPoint(problems)
                        .authenticationFailureHandler(failures)
                        .accessDeniedHandler(problems))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems));
    }
}

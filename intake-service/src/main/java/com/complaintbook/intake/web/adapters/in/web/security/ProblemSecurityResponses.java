package com.complaintbook.intake.web.adapters.in.web.security;

import com.complaintbook.kit.web.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 as RFC 9457 problem details, like every other refusal intake gives, with the
 * {@code WWW-Authenticate} challenge of the scheme the refused endpoint expects.
 */
final class ProblemSecurityResponses implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    private final ProblemWriter problems;
    private final String challenge;

    ProblemSecurityResponses(JsonMapper json, String challenge) {
        this.problems = new ProblemWriter(json);
        this.challenge = challenge;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        exchange.getResponse().getHeaders().set("WWW-Authenticate", challenge);
        return problems.write(exchange, HttpStatus.UNAUTHORIZED, "Who is asking is unknown: " + failure.getMessage());
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return problems.write(exchange, HttpStatus.FORBIDDEN, "The caller may not do this");
    }
}

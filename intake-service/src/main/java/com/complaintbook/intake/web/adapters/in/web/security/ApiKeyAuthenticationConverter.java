package com.complaintbook.intake.web.adapters.in.web.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Reads the API key a terminal or the website sends in the {@value #HEADER} header. */
final class ApiKeyAuthenticationConverter implements ServerAuthenticationConverter {

    static final String HEADER = "X-API-Key";

    @Override
    public Mono<Authentication> convert(ServerWebExchange exchange) {
        String key = exchange.getRequest().getHeaders().getFirst(HEADER);
        return key == null || key.isBlank() ? Mono.empty() : Mono.just(ApiKeyAuthentication.presented(key.strip()));
    }
}

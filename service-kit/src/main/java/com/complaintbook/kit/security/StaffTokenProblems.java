package com.complaintbook.kit.security;

import com.complaintbook.kit.web.ProblemWriter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;


/**
 * 401 and 403 as RFC 9457 problem details, like every other refusal the services give, with the
 * RFC 6750 {@code WWW-Authenticate} challenge a bearer-token client acts on: {@code invalid_token}
 * when a token was refused (the description says why), a bare {@code Bearer} when none was sent,
 * {@code insufficient_scope} when the token's roles do not allow the request. When the token cannot
 * be checked at all (the identity provider's keys cannot be fetched) the answer is 503 with
 * {@code Retry-After}: the caller did nothing wrong.
 */
final class StaffTokenProblems implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    private static final Logger log = LoggerFactory.getLogger(StaffTokenProblems.class);
    static final String RETRY_AFTER_SECONDS = "5";

    /** Counts the requests refused because no token could be checked; alerts watch it. */
    static final String UNVERIFIABLE = "complaintbook.staff.tokens.unverifiable";

    private final ProblemWriter problems;
    private final Counter unverifiable;

    StaffTokenProblems(JsonMapper json, MeterRegistry meters) {
        this.problems = new ProblemWriter(json);
        this.unverifiable = Counter.builder(UNVERIFIABLE)
                .description("Requests answered 503 because the identity provider's keys could not be fetched")
                .register(meters);
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        if (failure instanceof AuthenticationServiceException unverifiableToken) {
            unverifiable.increment();
            log.warn("A staff token could not be checked: {}", unverifiableToken.getMessage());
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            return write(exchange, HttpStatus.SERVICE_UNAVAILABLE,
                    "Staff tokens cannot be checked now: the identity provider's keys cannot be fetched");
        }
        if (failure instanceof OAuth2AuthenticationException refused && refused.getError() instanceof BearerTokenError error) {
            String description = error.getDescription() == null ? "The staff token was refused" : error.getDescription();
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE,
                    "Bearer error=\"" + error.getErrorCode() + "\", error_description=\"" + quotable(description) + "\"");
            return write(exchange, HttpStatus.UNAUTHORIZED, "The staff token was refused: " + description);
        }
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return write(exchange, HttpStatus.UNAUTHORIZED, "A staff token is needed (Authorization: Bearer)");
    }

    /**
     * The description as RFC 6750 allows it inside the quoted string: printable ASCII without the
     * quote or the backslash. The messages come from the token library and may quote the token.
     */
    static String quotable(String description) {
        StringBuilder quotable = new StringBuilder(description.length());
        description.codePoints()
                .map(c -> c < 0x20 || c > 0x7e || c == '"' || c == '\\' ? '\'' : c)
                .forEach(quotable::appendCodePoint);
        return quotable.toString();
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE,
                "Bearer error=\"insufficient_scope\", error_description=\"The token's roles do not allow this request\"");
        return write(exchange, HttpStatus.FORBIDDEN, "Your roles do not allow this request");
    }

    private Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String detail) {
        return problems.write(exchange, status, detail);
    }
}

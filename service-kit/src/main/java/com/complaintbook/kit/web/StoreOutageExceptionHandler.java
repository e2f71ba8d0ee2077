package com.complaintbook.kit.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers a request that failed because the service's store cannot be reached ({@link StoreOutages})
 * with 503 {@code application/problem+json} and {@code Retry-After}, instead of Boot's 500: the same
 * request is worth sending again in a few seconds, and the caller is told so, without a stack trace or
 * any of the store's own words. Every other failure passes on to the next handler (Boot's).
 *
 * <p>It sits among the web exception handlers, after a controller's own {@code @ExceptionHandler}s, so
 * a service's problem advice keeps answering what it knows (validation, not found) and only needs to
 * let an outage through. Each outage is logged once, at WARN, with the route and the causes' types
 * (no messages, no stack trace), and counted ({@value #UNAVAILABLE}).
 */
public class StoreOutageExceptionHandler implements WebExceptionHandler, Ordered {

    /** Counts requests answered 503 because the store was away. */
    public static final String UNAVAILABLE = "complaintbook.http.store.unavailable";

    /** Just before Boot's {@code ErrorWebExceptionHandler} (-1), which would render a 500. */
    public static final int ORDER = -2;

    static final String TITLE = "Temporarily unavailable";
    static final String DETAIL = "The service cannot reach its data store just now. Send the same request again"
            + " after the Retry-After pause.";

    private static final Logger log = LoggerFactory.getLogger(StoreOutageExceptionHandler.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String retryAfter;
    private final Counter unavailable;

    public StoreOutageExceptionHandler(StoreOutageProperties properties, MeterRegistry meters) {
        this.retryAfter = Long.toString(properties.retryAfterSeconds());
        this.unavailable = Counter.builder(UNAVAILABLE)
                .description("HTTP requests answered 503 because the service's store could not be reached")
                .register(meters);
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        ServerHttpResponse response = exchange.getResponse();
        if (!StoreOutages.isOutage(failure) || response.isCommitted()) {
            return Mono.error(failure);
        }
        String path = exchange.getRequest().getPath().value();
        log.warn("Store unavailable: {} {} answered 503 ({})", exchange.getRequest().getMethod(), route(exchange),
                StoreOutages.causeNames(failure));
        unavailable.increment();

        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", TITLE);
        problem.put("status", HttpStatus.SERVICE_UNAVAILABLE.value());
        problem.put("detail", DETAIL);
        problem.put("instance", path);
        response.setStatusCode(HttpStatus.SERVICE_UNAVAILABLE);
        HttpHeaders headers = response.getHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        headers.set(HttpHeaders.RETRY_AFTER, retryAfter);
        headers.setCacheControl("no-store");
        return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(JSON.writeValueAsBytes(problem))));
    }

    /**
     * The route the request matched, not its path: a path may carry a credential (a customer's signed
     * link) that has no business in a log.
     */
    private static String route(ServerWebExchange exchange) {
        Object pattern = exchange.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return pattern == null ? "(no route matched)" : pattern.toString();
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}

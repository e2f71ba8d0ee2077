package com.complaintbook.intake.adapters.in.web;

import com.complaintbook.intake.adapters.in.web.customer.CustomerLinks;
import com.complaintbook.intake.adapters.in.web.security.ApiClient;
import com.complaintbook.intake.application.RequestBudgets;
import com.complaintbook.intake.config.RateLimitProperties;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.UriUtils;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Budgets requests per API key (submissions) and per customer link, before the body is read, so a
 * misbehaving terminal or a leaked link cannot flood intake. Runs after authentication: an unknown
 * key has already been turned away.
 */
@Component
@Order(0)
class RateLimitFilter implements WebFilter {

    private static final List<String> CUSTOMER_LINKS = List.of("/api/v1/customer/complaints/", "/customer/");

    private final RequestBudgets perApiKey;
    private final RequestBudgets perCustomerLink;
    private final ProblemWriter problems;
    private final CustomerLinks customerLinks;
    private final MeterRegistry meters;

    RateLimitFilter(RateLimitProperties limits, CustomerLinks customerLinks, Clock clock, JsonMapper json,
                    MeterRegistry meters) {
        this.customerLinks = customerLinks;
        this.perApiKey = new RequestBudgets(limits.perApiKey().burst(), limits.perApiKey().period(), clock);
        this.perCustomerLink = new RequestBudgets(limits.perCustomerLink().burst(), limits.perCustomerLink().period(), clock);
        this.problems = new ProblemWriter(json);
        this.meters = meters;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        for (String links : CUSTOMER_LINKS) {
            if (path.startsWith(links)) {
                // The budget belongs to the complaint, however its token is spelled; a link that opens
                // nothing costs no budget and gets its 401 or 404 from the page itself.
                String token = UriUtils.decode(path.substring(links.length()).split("/", 2)[0], StandardCharsets.UTF_8);
                Optional<Duration> wait = customerLinks.complaintOf(token).flatMap(perCustomerLink::take);
                return admit(exchange, chain, wait, "customer-link");
            }
        }
        if (HttpMethod.POST.equals(exchange.getRequest().getMethod()) && path.equals("/api/v1/complaints")) {
            return exchange.getPrincipal()
                    .filter(principal -> principal instanceof Authentication authentication
                            && authentication.getPrincipal() instanceof ApiClient)
                    .map(principal -> perApiKey.take(((ApiClient) ((Authentication) principal).getPrincipal()).id()))
                    .defaultIfEmpty(Optional.empty())
                    .flatMap(wait -> admit(exchange, chain, wait, "api-key"));
        }
        return chain.filter(exchange);
    }

    private Mono<Void> admit(ServerWebExchange exchange, WebFilterChain chain, Optional<Duration> wait, String budget) {
        if (wait.isEmpty()) {
            return chain.filter(exchange);
        }
        meters.counter("complaintbook.intake.requests.limited", "budget", budget).increment();
        long seconds = Math.max(1, (long) Math.ceil(wait.get().toMillis() / 1000.0));
        exchange.getResponse().getHeaders().set("Retry-After", String.valueOf(seconds));
        return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "Request budget spent; try again in " + seconds + " s");
    }
}

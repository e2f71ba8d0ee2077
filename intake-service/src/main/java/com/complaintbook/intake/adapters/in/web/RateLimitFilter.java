package com.complaintbook.intake.adapters.in.web;

import com.complaintbook.intake.adapters.in.web.customer.CustomerLinks;
import com.complaintbook.intake.adapters.in.web.security.ApiClient;
import com.complaintbook.intake.application.RequestBudgets;
import com.complaintbook.intake.config.RateLimitProperties;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

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

    /** Matched as routing matches them, on decoded segments, so no spelling of a link escapes its budget. */
    private static final List<PathPattern> CUSTOMER_LINKS = List.of(
            PathPatternParser.defaultInstance.parse("/api/v1/customer/complaints/{token}/**"),
            PathPatternParser.defaultInstance.parse("/customer/{token}/**"));

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
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        for (PathPattern links : CUSTOMER_LINKS) {
            PathPattern.PathMatchInfo link = links.matchAndExtract(path);
            if (link != null) {
                // The budget belongs to the complaint, however its token is spelled; a link that opens
                // nothing costs no budget and gets its 401 or 404 from the page itself.
                Optional<Duration> wait = customerLinks.complaintOf(link.getUriVariables().get("token"))
                        .flatMap(perCustomerLink::take);
                return admit(exchange, chain, wait, "customer-link");
            }
        }
        // Whatever path it names, a request the API-key door let in is spent from its client's budget:
        // the key, not the spelling of the path, says whose budget it is.
        return exchange.getPrincipal()
                .filter(principal -> principal instanceof Authentication authentication
                        && authentication.getPrincipal() instanceof ApiClient)
                .map(principal -> perApiKey.take(((ApiClient) ((Authentication) principal).getPrincipal()).id()))
                .defaultIfEmpty(Optional.empty())
                .flatMap(wait -> admit(exchange, chain, wait, "api-key"));
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

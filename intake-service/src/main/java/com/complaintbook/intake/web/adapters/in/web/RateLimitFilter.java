package com.complaintbook.intake.web.adapters.in.web;

import com.complaintbook.contracts.Channel;
import com.complaintbook.intake.customer.adapters.in.web.CustomerLinks;
import com.complaintbook.intake.web.adapters.in.web.security.ApiClient;
import com.complaintbook.intake.web.application.RequestBudgets;
import com.complaintbook.kit.web.ProblemWriter;
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
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Budgets requests per API client, per end user of a website client, and per customer link, before
 * the body is read, so a misbehaving terminal, a visitor hammering the website or a leaked link
 * cannot flood intake. Runs after authentication: an unknown key has already been turned away.
 */
@Component
@Order(0)
class RateLimitFilter implements WebFilter {

    /** Matched as routing matches them, on decoded segments, so no spelling of a link escapes its budget. */
    private static final List<PathPattern> CUSTOMER_LINKS = List.of(
            PathPatternParser.defaultInstance.parse("/api/v1/customer/complaints/{token}/**"),
            PathPatternParser.defaultInstance.parse("/customer/{token}/**"));

    private final Map<String, RequestBudgets> perApiClient;
    private final RequestBudgets perApiKey;
    private final RequestBudgets perEndUser;
    private final RequestBudgets perCustomerLink;
    private final EndUsers endUsers;
    private final ProblemWriter problems;
    private final CustomerLinks customerLinks;
    private final MeterRegistry meters;

    RateLimitFilter(RateLimitProperties limits, ApiClientProperties clients, CustomerLinks customerLinks, Clock clock,
                    JsonMapper json, MeterRegistry meters) {
        this.perApiKey = budgets(limits.perApiKey(), clock);
        // While a key is rotated a client is listed twice under one id; both keys spend one budget.
        this.perApiClient = clients.clients().stream()
                .filter(client -> !client.revoked() && client.budget() != null)
                .collect(Collectors.toUnmodifiableMap(ApiClientProperties.Client::id,
                        client -> budgets(client.budget(), clock), (first, second) -> first));
        this.perEndUser = budgets(limits.perEndUser(), clock);
        this.perCustomerLink = budgets(limits.perCustomerLink(), clock);
        this.endUsers = new EndUsers(limits.trustedProxies());
        this.customerLinks = customerLinks;
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
                Optional<Refusal> refusal = customerLinks.complaintOf(link.getUriVariables().get("token"))
                        .flatMap(perCustomerLink::take)
                        .map(wait -> new Refusal("customer-link", wait));
                return admit(exchange, chain, refusal);
            }
        }
        // Whatever path it names, a request the API-key door let in is spent from its client's budget:
        // the key, not the spelling of the path, says whose budget it is.
        return exchange.getPrincipal()
                .filter(principal -> principal instanceof Authentication authentication
                        && authentication.getPrincipal() instanceof ApiClient)
                .map(principal -> take((ApiClient) ((Authentication) principal).getPrincipal(), exchange))
                .defaultIfEmpty(Optional.empty())
                .flatMap(refusal -> admit(exchange, chain, refusal));
    }

    /**
     * The end user's budget is asked first, so a visitor turned away costs the website's shared
     * budget nothing.
     */
    private Optional<Refusal> take(ApiClient client, ServerWebExchange exchange) {
        if (client.channel() == Channel.WEBSITE) {
            Optional<Duration> wait = perEndUser.take(client.id() + " " + endUsers.keyOf(exchange.getRequest()));
            if (wait.isPresent()) {
                return Optional.of(new Refusal("end-user", wait.get()));
            }
        }
        return perApiClient.getOrDefault(client.id(), perApiKey).take(client.id())
                .map(wait -> new Refusal("api-key", wait));
    }

    private Mono<Void> admit(ServerWebExchange exchange, WebFilterChain chain, Optional<Refusal> refusal) {
        if (refusal.isEmpty()) {
            return chain.filter(exchange);
        }
        meters.counter("complaintbook.intake.requests.limited", "budget", refusal.get().budget()).increment();
        long seconds = Math.max(1, (long) Math.ceil(refusal.get().retryAfter().toMillis() / 1000.0));
        exchange.getResponse().getHeaders().set("Retry-After", String.valueOf(seconds));
        return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "Request budget spent; try again in " + seconds + " s");
    }

    private static RequestBudgets budgets(RateLimitProperties.Budget budget, Clock clock) {
        return new RequestBudgets(budget.burst(), budget.period(), clock);
    }

    /** Which budget turned a request away, by name as the metric tags it, and how long until it allows one. */
    private record Refusal(String budget, Duration retryAfter) {
    }
}

package com.complaintbook.intake.web.adapters.in.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.List;

/**
 * Request budgets. A caller over a budget gets 429 with Retry-After. Budgets are kept per intake
 * instance.
 *
 * @param perApiKey       each API client's budget, unless the client names its own
 *                        ({@code api-clients.clients[].budget})
 * @param perEndUser      each end user's budget on a website client: one visitor cannot spend the
 *                        budget the whole site shares
 * @param perCustomerLink each complaint's budget on its customer link
 * @param trustedProxies  the proxies (ingress, load balancer) whose {@code X-Forwarded-For} says who
 *                        the end user is; from any other peer the header is ignored, since anyone can
 *                        write it
 */
@Validated
@ConfigurationProperties("complaintbook.intake.rate-limits")
public record RateLimitProperties(
        @Valid @NotNull Budget perApiKey,
        @Valid @NotNull Budget perEndUser,
        @Valid @NotNull Budget perCustomerLink,
        List<@NotNull IpRange> trustedProxies) {

    public RateLimitProperties {
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
    }

    /**
     * @param burst  requests allowed at once
     * @param period time in which a full burst is earned back
     */
    public record Budget(@Min(1) int burst, @NotNull @DurationMin(millis = 1) Duration period) {
    }
}

package com.complaintbook.intake.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Request budgets, per API key and per customer link. A client over its budget gets 429 with
 * Retry-After. Budgets are kept per intake instance.
 */
@Validated
@ConfigurationProperties("complaintbook.intake.rate-limits")
public record RateLimitProperties(@Valid @NotNull Budget perApiKey, @Valid @NotNull Budget perCustomerLink) {

    /**
     * @param burst  requests allowed at once
     * @param period time in which a full burst is earned back
     */
    public record Budget(@Min(1) int burst, @NotNull Duration period) {
    }
}

package com.complaintbook.intake.web.adapters.in.web;

import com.complaintbook.contracts.Channel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.util.List;

/**
 * The store terminals and websites allowed to submit, each with its own API key. Only the key's
 * SHA-256 is configured, so the configuration leaks no key; a client is revoked by setting
 * {@code revoked: true} (or removing it).
 */
@Validated
@ConfigurationProperties("complaintbook.intake.api-clients")
public record ApiClientProperties(List<@Valid Client> clients) {

    public ApiClientProperties {
        clients = clients == null ? List.of() : List.copyOf(clients);
    }

    /**
     * @param id        the client's name in logs and metrics, e.g. {@code terminal-kyiv-001-a}
     * @param channel   terminal or website; a terminal belongs to one store
     * @param storeId   the store a terminal stands in; empty for the website
     * @param keySha256 lowercase hex SHA-256 of the API key
     * @param revoked   a revoked key is refused like an unknown one
     * @param budget    this client's request budget; without one, {@code rate-limits.per-api-key}.
     *                  The website carries every web customer, so it needs a far larger one than a
     *                  terminal
     */
    public record Client(
            @NotBlank String id,
            @NotNull Channel channel,
            String storeId,
            @NotNull @Pattern(regexp = "[0-9a-f]{64}") String keySha256,
            boolean revoked,
            @Valid RateLimitProperties.Budget budget) {
    }
}

package com.complaintbook.intake.customer.adapters.in.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * The signed links customers follow to their complaint. notification-service signs the links it
 * mails with the same secret, so both must be configured alike.
 *
 * @param secret      HMAC-SHA256 key, at least 32 characters
 * @param validity    how long a link works after it was issued
 * @param urlTemplate the page a link opens; {@code {token}} is replaced
 */
@Validated
@ConfigurationProperties("complaintbook.intake.customer-links")
public record CustomerLinkProperties(
        @NotNull @Size(min = 32) String secret,
        @NotNull Duration validity,
        @NotBlank String urlTemplate) {

    public String url(String token) {
        return urlTemplate.replace("{token}", token);
    }
}

package com.complaintbook.notification.config;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * The signed links mailed to customers. intake verifies them, so the secret must be intake's
 * ({@code complaintbook.intake.customer-links.secret}); there is no default, and the service does not
 * start without one.
 *
 * @param secret      HMAC-SHA256 key shared with intake, at least 32 characters; from the environment
 *                    ({@code COMPLAINTBOOK_NOTIFICATION_CUSTOMERLINKS_SECRET})
 * @param validity    how long a link opens the page after the event it was mailed for
 * @param urlTemplate the customer's page at intake; {@code {token}} is replaced by the signed token
 */
@Validated
@ConfigurationProperties("complaintbook.notification.customer-links")
public record CustomerLinkProperties(
        @NotNull @Size(min = 32) String secret,
        @NotNull @DefaultValue("P120D") Duration validity,
        @NotBlank @Pattern(regexp = ".*\\{token}.*", message = "must contain {token}")
        @DefaultValue("http://localhost:8081/customer/{token}") String urlTemplate) {

    // A record prints every component; the secret must not reach a log or an error page.
    @Override
    public String toString() {
        return "CustomerLinkProperties[secret=<hidden>, validity=" + validity + ", urlTemplate=" + urlTemplate + "]";
    }
}

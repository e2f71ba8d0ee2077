package com.complaintbook.reporting.adapters.in.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Page sizes of {@code GET /api/v1/complaints}.
 *
 * @param defaultPageSize complaints per page when the request does not say
 * @param maxPageSize     the largest page a request may ask for; a larger one is refused rather than
 *                        shrunk, so a client paging with its own size never skips complaints
 */
@Validated
@ConfigurationProperties("complaintbook.reporting.complaint-list")
public record ComplaintListProperties(
        @Positive @DefaultValue("20") int defaultPageSize,
        @Positive @Max(1000) @DefaultValue("100") int maxPageSize) {

    public ComplaintListProperties {
        if (defaultPageSize > maxPageSize) {
            throw new IllegalArgumentException("default-page-size (" + defaultPageSize
                    + ") must not exceed max-page-size (" + maxPageSize + ")");
        }
    }
}

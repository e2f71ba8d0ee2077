package com.complaintbook.intake.catalogue.adapters.in.kafka;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * How intake reads the catalogue topic.
 *
 * @param pollTimeout        how long one poll waits for records; a change arrives within about this
 * @param endOffsetsTimeout  how long the reader waits for the broker to say where the topic ends,
 *                           before it backs off and asks again
 * @param retry              the back-off after the broker failed the reader, doubling up to its maximum
 */
@Validated
@ConfigurationProperties("complaintbook.intake.catalogue")
public record CatalogueReaderProperties(
        @NotNull Duration pollTimeout,
        @NotNull Duration endOffsetsTimeout,
        @Valid @NotNull Retry retry) {

    public record Retry(@NotNull Duration initialInterval, @NotNull Duration maxInterval) {
    }
}

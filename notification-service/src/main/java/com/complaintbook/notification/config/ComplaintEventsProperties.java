package com.complaintbook.notification.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * How the complaint events consumer treats a record it cannot process.
 *
 * @param retryInterval        pause between attempts at a failing record
 * @param retryAttempts        attempts after the first before the record goes to the dead-letter topic
 * @param deadLetterPartitions partitions of the dead-letter topic, when this service creates it
 * @param deadLetterReplicas   replicas of the dead-letter topic, when this service creates it
 */
@Validated
@ConfigurationProperties("complaintbook.notification.events")
public record ComplaintEventsProperties(
        @NotNull @DefaultValue("5s") Duration retryInterval,
        @PositiveOrZero @Max(100) @DefaultValue("5") long retryAttempts,
        @Positive @DefaultValue("3") int deadLetterPartitions,
        @Positive @DefaultValue("1") short deadLetterReplicas) {
}

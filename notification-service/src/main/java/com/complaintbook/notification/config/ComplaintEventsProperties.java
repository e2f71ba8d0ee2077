package com.complaintbook.notification.config;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The complaint events consumer's dead-letter topic. How failures are retried is the kit's one
 * policy ({@code complaintbook.kafka.retry.*}).
 *
 * @param deadLetterPartitions partitions of the dead-letter topic, when this service creates it
 * @param deadLetterReplicas   replicas of the dead-letter topic, when this service creates it
 */
@Validated
@ConfigurationProperties("complaintbook.notification.events")
public record ComplaintEventsProperties(
        @Positive @DefaultValue("3") int deadLetterPartitions,
        @Positive @DefaultValue("1") short deadLetterReplicas) {
}

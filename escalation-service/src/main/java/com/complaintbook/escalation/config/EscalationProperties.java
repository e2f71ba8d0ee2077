package com.complaintbook.escalation.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Escalation's configuration.
 *
 * @param kafka consumer retry and topic settings
 */
@Validated
@ConfigurationProperties("complaintbook.escalation")
public record EscalationProperties(@Valid @DefaultValue Kafka kafka) {

    /**
     * @param retryInterval pause between attempts at an event that failed
     * @param retries       attempts after the first before the event goes to the dead-letter topic
     * @param partitions    partitions of the topics this service declares
     * @param replicas      replication factor of the topics this service declares
     */
    public record Kafka(@NotNull @DefaultValue("1s") Duration retryInterval,
                        @PositiveOrZero @DefaultValue("3") int retries,
                        @Positive @DefaultValue("3") int partitions,
                        @Positive @DefaultValue("1") short replicas) {
    }
}

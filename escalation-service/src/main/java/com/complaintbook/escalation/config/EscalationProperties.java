package com.complaintbook.escalation.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Escalation's configuration.
 *
 * @param kafka topic settings; consumer retries are the kit's ({@code complaintbook.kafka.retry.*})
 */
@Validated
@ConfigurationProperties("complaintbook.escalation")
public record EscalationProperties(@Valid @DefaultValue Kafka kafka) {

    /**
     * @param partitions    partitions of the topics this service declares
     * @param replicas      replication factor of the topics this service declares
     */
    public record Kafka(@Positive @DefaultValue("3") int partitions,
                        @Positive @DefaultValue("1") short replicas) {
    }
}

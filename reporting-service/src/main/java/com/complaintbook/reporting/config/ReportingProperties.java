package com.complaintbook.reporting.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Reporting's wiring settings; the complaint list's own sit beside its controller.
 *
 * @param kafka the topics this service declares; consumer retries are the kit's
 *              ({@code complaintbook.kafka.retry.*})
 */
@Validated
@ConfigurationProperties("complaintbook.reporting")
public record ReportingProperties(@Valid @DefaultValue Kafka kafka) {

    /**
     * @param partitions partitions of the dead-letter topic, when this service creates it
     * @param replicas   replicas of the dead-letter topic, when this service creates it
     */
    public record Kafka(@Positive @DefaultValue("3") int partitions,
                        @Positive @DefaultValue("1") short replicas) {
    }
}

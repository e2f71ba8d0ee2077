package com.complaintbook.intake.config;

import com.complaintbook.contracts.Language;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Intake's settings.
 *
 * @param defaultLanguage   the language used when a submission names none
 * @param kafka             topic layout and delivery settings
 */
@Validated
@ConfigurationProperties("complaintbook.intake")
public record IntakeProperties(
        @NotNull Language defaultLanguage,
        @Valid @NotNull Kafka kafka) {

    /**
     * @param partitions     partitions of the topics intake creates when they are missing
     * @param replicas       replication factor of those topics
     * @param publishTimeout how long the publisher waits for a batch of events to be settled by the
     *                       broker before it backs off and tries the batch again; longer than the
     *                       producer's {@code delivery.timeout.ms}, so no record of a failed batch
     *                       is left behind to be sent twice
     */
    public record Kafka(
            @Min(1) int partitions,
            @Min(1) short replicas,
            @NotNull Duration publishTimeout) {
    }
}

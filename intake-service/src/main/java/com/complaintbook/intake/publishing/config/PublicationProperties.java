package com.complaintbook.intake.publishing.config;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * How the publisher of the event store is watched.
 *
 * @param checkInterval how often its position is compared with the store's head
 * @param maxLag        readiness goes DOWN once the oldest unpublished event has waited longer
 * @param stuckAfter    liveness goes DOWN once the instance holding the publisher's claim has not
 *                      moved for this long while events wait and no failure is being retried
 * @param restartAfter  this instance's publisher, found stopped (Axon shuts a processor down when its
 *                      thread is interrupted) for this long while the application runs, is started again
 */
@Validated
@ConfigurationProperties("complaintbook.intake.publication")
public record PublicationProperties(@NotNull Duration checkInterval, @NotNull Duration maxLag, @NotNull Duration stuckAfter,
                                    @NotNull Duration restartAfter) {
}

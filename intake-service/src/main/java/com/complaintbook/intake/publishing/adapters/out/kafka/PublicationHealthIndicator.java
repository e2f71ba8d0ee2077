package com.complaintbook.intake.publishing.adapters.out.kafka;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import java.time.Clock;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Readiness: intake takes submissions only while what it stores reaches the other services. DOWN
 * when this instance's publisher is stopped, when the oldest unpublished event has waited longer
 * than {@code maxLag}, or when the publisher's position could not be read for a while.
 */
public class PublicationHealthIndicator implements HealthIndicator {

    private final Supplier<PublicationMonitor.Status> status;
    private final BooleanSupplier runningHere;
    private final Duration maxLag;
    private final Duration staleAfter;
    private final Clock clock;

    public PublicationHealthIndicator(Supplier<PublicationMonitor.Status> status, BooleanSupplier runningHere,
                                      Duration maxLag, Duration staleAfter, Clock clock) {
        this.status = status;
        this.runningHere = runningHere;
        this.maxLag = maxLag;
        this.staleAfter = staleAfter;
        this.clock = clock;
    }

    @Override
    public Health health() {
        PublicationMonitor.Status status = this.status.get();
        Health.Builder health;
        if (!runningHere.getAsBoolean()) {
            health = Health.down().withDetail("reason", "the publisher is stopped on this instance");
        } else if (Duration.between(status.checkedAt(), clock.instant()).compareTo(staleAfter) > 0) {
            health = Health.down().withDetail("reason", "the publisher's position could not be read since " + status.checkedAt());
        } else if (status.oldestUnpublishedAge().compareTo(maxLag) > 0) {
            health = Health.down().withDetail("reason", "the oldest unpublished event has waited longer than " + maxLag);
        } else {
            health = Health.up();
        }
        return health.withDetail("behind", status.behind())
                .withDetail("oldestUnpublishedAge", status.oldestUnpublishedAge().toString())
                .withDetail("claimedHere", status.claimedHere())
                .build();
    }
}

package com.complaintbook.intake.publishing.adapters.out.kafka;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Liveness: a publisher that holds the claim, is not waiting out a failure, and has not moved for
 * {@code stuckAfter} while events wait has lost its thread (an error killed it, or it hangs). Only a restart brings it back, so the process reports itself dead. An instance without the
 * claim, or one retrying an unreachable broker, is alive: a restart would not help it.
 */
public class PublisherLivenessIndicator implements HealthIndicator {

    private final Supplier<PublicationMonitor.Status> status;
    private final Duration stuckAfter;
    private final Clock clock;

    public PublisherLivenessIndicator(Supplier<PublicationMonitor.Status> status, Duration stuckAfter, Clock clock) {
        this.status = status;
        this.stuckAfter = stuckAfter;
        this.clock = clock;
    }

    @Override
    public Health health() {
        PublicationMonitor.Status status = this.status.get();
        boolean stuck = status.readable() && status.claimedHere() && !status.failingHere() && status.behind() > 0
                && Duration.between(status.progressAt(), clock.instant()).compareTo(stuckAfter) > 0;
        return (stuck ? Health.down().withDetail("reason", "holds the publisher's claim but publishes nothing")
                : Health.up())
                .withDetail("lastProgress", status.progressAt().toString())
                .build();
    }
}

package com.complaintbook.reporting.application;

import com.complaintbook.contracts.events.EventEnvelope;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Feeds one complaint event to every read model. A failure in any of them fails the whole event, so
 * that it is redelivered; the read models that had already applied it then leave it alone.
 */
public class ProjectComplaintEvent {

    private final List<Projection> projections;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Timer lag;

    public ProjectComplaintEvent(List<Projection> projections, MeterRegistry meters, Clock clock) {
        this.projections = List.copyOf(projections);
        this.meters = meters;
        this.clock = clock;
        this.lag = Timer.builder("reporting.projection.lag")
                .description("Time from an event happening to its projection, for events that changed a read model")
                .register(meters);
    }

    public void project(EventEnvelope<?> event) {
        boolean changedAny = false;
        for (Projection projection : projections) {
            ProjectionResult result = projection.apply(event);
            if (result.outcome() != ProjectionResult.Outcome.IGNORED) {
                meters.counter(counterFor(result), "type", event.type(), "projection", projection.name()).increment();
            }
            changedAny |= result.outcome() == ProjectionResult.Outcome.APPLIED;
        }
        if (changedAny && event.occurredAt() != null) {
            Duration behind = Duration.between(event.occurredAt(), clock.instant());
            lag.record(behind.isNegative() ? Duration.ZERO : behind);
        }
    }

    private static String counterFor(ProjectionResult result) {
        return result.outcome() == ProjectionResult.Outcome.APPLIED
                ? "reporting.events.projected"
                : "reporting.events.already.applied";
    }
}

package com.complaintbook.reporting.application;

import com.complaintbook.contracts.events.EventEnvelope;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Feeds a batch of complaint events to every read model and says which event, if any, is the first
 * that is not done. Everything before it is done for good; it is to be parked or tried again, and the
 * events after it delivered again: the read models that had already applied them leave them alone.
 */
public class ProjectComplaintEvents {

    private final List<Projection> projections;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Timer lag;

    public ProjectComplaintEvents(List<Projection> projections, MeterRegistry meters, Clock clock) {
        this.projections = List.copyOf(projections);
        this.meters = meters;
        this.clock = clock;
        this.lag = Timer.builder("complaintbook.reporting.projection.lag")
                .description("Time from an event happening to its projection, for events that changed a read model")
                .register(meters);
    }

    /** @return the first event that is not done, or empty when every read model is done with all of them */
    public Optional<FailedEvent> project(List<EventEnvelope<?>> events) {
        List<EventEnvelope<?>> reachable = events;
        Throwable interruption = null;
        FailedEvent firstRefused = null;
        boolean[] changed = new boolean[events.size()];
        for (Projection projection : projections) {
            Attempt attempt = attempt(projection, reachable);
            List<ProjectionResult> results = attempt.results();
            // After an interruption the later read models are given only the events before it: the
            // rest are delivered again anyway, and an outage is then waited out once, not once per
            // read model.
            if (results.size() < reachable.size()) {
                reachable = reachable.subList(0, results.size());
                interruption = attempt.failure();
            }
            for (int i = 0; i < results.size(); i++) {
                ProjectionResult result = results.get(i);
                count(projection, events.get(i), result);
                changed[i] |= result.outcome() == ProjectionResult.Outcome.APPLIED;
                if (result.outcome() == ProjectionResult.Outcome.REFUSED
                        && (firstRefused == null || i < firstRefused.index())) {
                    firstRefused = new FailedEvent(i, result.refusal());
                }
            }
        }
        recordLag(events, changed);
        if (firstRefused != null && firstRefused.index() < reachable.size()) {
            return Optional.of(firstRefused);
        }
        return reachable.size() < events.size()
                ? Optional.of(new FailedEvent(reachable.size(), interruption))
                : Optional.empty();
    }

    private static Attempt attempt(Projection projection, List<EventEnvelope<?>> events) {
        try {
            List<ProjectionResult> results = projection.apply(events);
            if (results.size() != events.size()) {
                return new Attempt(List.of(), new IllegalStateException(projection.name() + " answered "
                        + results.size() + " results for " + events.size() + " events"));
            }
            return new Attempt(results, null);
        } catch (PartlyAppliedException interrupted) {
            return new Attempt(interrupted.results(), interrupted.getCause());
        } catch (RuntimeException failed) {
            // A read model that fails without saying how far it got is taken to have done nothing:
            // applying an event again is harmless, skipping one is not.
            return new Attempt(List.of(), failed);
        }
    }

    // A refused event is counted where it is parked (complaintbook.events.dead-lettered).
    private void count(Projection projection, EventEnvelope<?> event, ProjectionResult result) {
        switch (result.outcome()) {
            case APPLIED -> increment("complaintbook.reporting.events.projected", projection, event);
            case ALREADY_APPLIED -> increment("complaintbook.reporting.events.already.applied", projection, event);
            case IGNORED, REFUSED -> { }
        }
    }

    private void increment(String counter, Projection projection, EventEnvelope<?> event) {
        meters.counter(counter, "type", event.type(), "projection", projection.name()).increment();
    }

    private void recordLag(List<EventEnvelope<?>> events, boolean[] changed) {
        Instant projected = clock.instant();
        for (int i = 0; i < events.size(); i++) {
            if (changed[i] && events.get(i).occurredAt() != null) {
                Duration behind = Duration.between(events.get(i).occurredAt(), projected);
                lag.record(behind.isNegative() ? Duration.ZERO : behind);
            }
        }
    }

    /**
     * What one read model did with the events it was given: the results of the leading ones it is
     * done with (all of them, unless it failed) and, if it stopped short, why.
     */
    private record Attempt(List<ProjectionResult> results, Throwable failure) {
    }
}

package com.complaintbook.routing.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** What routing counts, for dashboards and alerts. */
public class RoutingMetrics {

    private final MeterRegistry registry;
    private final Counter unroutableEscalations;

    public RoutingMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.unroutableEscalations = Counter.builder("complaintbook.routing.escalations.unroutable")
                .description("Escalations away from an employee with no manager; nothing was sent")
                .register(registry);
    }

    /** A decision was sent for {@code level}. */
    public void assignmentDecided(int level) {
        Counter.builder("complaintbook.routing.assignments.decided")
                .description("Assignment decisions sent to the Complaint aggregate")
                .tag("level", Integer.toString(level))
                .register(registry)
                .increment();
    }

    /**
     * An event was read and deliberately not acted on.
     *
     * @param type   its logical type name as read from the envelope
     * @param reason {@code unknown-type} for a type or version routing does not know, {@code not-for-routing}
     *               for a known event routing has nothing to decide about
     */
    public void eventSkipped(String type, String reason) {
        Counter.builder("complaintbook.routing.events.skipped")
                .description("Events read but not acted on")
                .tag("type", type)
                .tag("reason", reason)
                .register(registry)
                .increment();
    }

    /** A complaint climbed away from the CEO; the aggregate should never allow it. */
    public void unroutableEscalation() {
        unroutableEscalations.increment();
    }
}

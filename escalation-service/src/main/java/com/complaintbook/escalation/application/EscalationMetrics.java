package com.complaintbook.escalation.application;

import com.complaintbook.escalation.domain.DeadlineState;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** What escalation counts, for dashboards and alerts. */
public class EscalationMetrics {

    private final MeterRegistry registry;
    private final Counter staleEvents;

    public EscalationMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.staleEvents = Counter.builder("complaintbook.escalation.events.stale")
                .description("Events ignored because the complaint already reflected them or a later one")
                .register(registry);
    }

    /** A deadline change was stored; {@code state=OPEN} counts deadlines recorded. */
    public void deadlineChanged(DeadlineState state) {
        Counter.builder("complaintbook.escalation.deadlines.changed")
                .description("Deadline changes stored, by the state they left the deadline in")
                .tag("state", state.name())
                .register(registry)
                .increment();
    }

    /** A redelivered or replayed event changed nothing. */
    public void staleEvent() {
        staleEvents.increment();
    }

    /**
     * An event was read and deliberately not acted on.
     *
     * @param type   its logical type name as read from the envelope
     * @param reason {@code unknown-type} for a type or version escalation does not know,
     *               {@code not-for-escalation} for a known event that does not touch deadlines
     */
    public void eventSkipped(String type, String reason) {
        Counter.builder("complaintbook.escalation.events.skipped")
                .description("Events read but not acted on")
                .tag("type", type)
                .tag("reason", reason)
                .register(registry)
                .increment();
    }
}

package com.complaintbook.escalation.application;

import com.complaintbook.escalation.domain.DeadlineState;
import com.complaintbook.escalation.domain.TimerKind;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** What escalation counts, for dashboards and alerts. */
public class EscalationMetrics {

    private final MeterRegistry registry;
    private final Counter staleEvents;
    private final Counter warnings;
    private final Counter appealWindowsClosed;
    private final Counter fireFailures;
    private final Counter timersUnreadable;
    private final Counter timersPoisoned;
    private final AtomicLong openDeadlines = new AtomicLong();

    public EscalationMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.staleEvents = Counter.builder("complaintbook.escalation.events.stale")
                .description("Events ignored because the complaint already reflected them or a later one")
                .register(registry);
        this.warnings = Counter.builder("complaintbook.escalation.warnings")
                .description("WarnOfDeadline commands the broker acknowledged")
                .register(registry);
        this.appealWindowsClosed = Counter.builder("complaintbook.escalation.appeal.windows.closed")
                .description("Complaints closed because their appeal window passed, as their streams recorded it")
                .register(registry);
        this.fireFailures = Counter.builder("complaintbook.escalation.timers.fire.failures")
                .description("Attempts to load, claim, send or mark due timers that failed and are retried")
                .register(registry);
        this.timersUnreadable = Counter.builder("complaintbook.escalation.timers.unreadable")
                .description("Deadline documents skipped because they could not be read as a timer")
                .register(registry);
        this.timersPoisoned = Counter.builder("complaintbook.escalation.timers.poisoned")
                .description("Timers set aside because their command was refused for itself, not for an outage")
                .register(registry);
        Gauge.builder("complaintbook.escalation.deadlines.open", openDeadlines, AtomicLong::get)
                .description("Open deadlines, counted every load period (the same on every instance)")
                .register(registry);
        // Every kind's lateness exists from the start at zero: a series born holding the backlog fired
        // after a restart would be its own baseline, and increase() would see none of it late.
        for (TimerKind kind : TimerKind.values()) {
            lateness(kind);
        }
    }

    /** The open deadlines, as the last periodic count found them. */
    public void openDeadlines(long count) {
        openDeadlines.set(count);
    }

    /** A breach the stream recorded for the first time. */
    public void breach(int level, boolean top) {
        Counter.builder("complaintbook.escalation.breaches")
                .description("Missed deadlines the complaints' streams recorded, by level and whether at the top")
                .tag("level", Integer.toString(level))
                .tag("top", Boolean.toString(top))
                .register(registry)
                .increment();
    }

    /** A complaint closed because its appeal window passed. */
    public void appealWindowClosed() {
        appealWindowsClosed.increment();
    }

    /**
     * A timer's command was acknowledged {@code lateness} after it was due.
     *
     * @param kind the command sent
     */
    public void fired(TimerKind kind, Duration lateness) {
        lateness(kind).record(lateness.isNegative() ? Duration.ZERO : lateness);
        if (kind == TimerKind.WARN) {
            warnings.increment();
        }
    }

    private Timer lateness(TimerKind kind) {
        return Timer.builder("complaintbook.escalation.lateness")
                .description("How long after it was due a timer's command was acknowledged")
                .tag("kind", kind.label())
                .publishPercentileHistogram()
                // Exact buckets at the promise (a second) and at five: late firings are counted, not
                // estimated from a quantile over sparse buckets.
                .serviceLevelObjectives(Duration.ofSeconds(1), Duration.ofSeconds(5))
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofHours(1))
                .register(registry);
    }

    /** A deadline document could not be read as a timer and was skipped. */
    public void timerUnreadable() {
        timersUnreadable.increment();
    }

    /** A timer's command was refused for itself (it cannot be serialised, the broker rejects it), not for an outage. */
    public void timerPoisoned() {
        timersPoisoned.increment();
    }

    /** An attempt to act on due timers failed; it is retried. */
    public void fireFailed() {
        fireFailures.increment();
    }

    /**
     * The scheduler's gauges. Held strongly: the suppliers are lambdas nothing else keeps, and a gauge
     * whose weakly held object was collected reads NaN.
     *
     * @param scheduled   timers in the in-memory queue
     * @param oldestDueAge how long the earliest timer has been due without being fired, zero when none is
     * @param heartbeatAge how long ago the scheduling thread last finished a tick
     * @param failing      whether firing fails at the moment
     */
    public void scheduler(Supplier<Number> scheduled, Supplier<Duration> oldestDueAge, Supplier<Duration> heartbeatAge,
                          BooleanSupplier failing) {
        Gauge.builder("complaintbook.escalation.timers.scheduled", scheduled, supplier -> supplier.get().doubleValue())
                .description("Timers of this instance's partitions held in memory, due within the load horizon")
                .strongReference(true)
                .register(registry);
        Gauge.builder("complaintbook.escalation.timers.due.oldest.age", oldestDueAge,
                        supplier -> supplier.get().toMillis() / 1000.0)
                .description("How long the earliest due timer has waited to be fired, 0 when none is due")
                .baseUnit("seconds")
                .strongReference(true)
                .register(registry);
        Gauge.builder("complaintbook.escalation.timers.heartbeat.age", heartbeatAge,
                        supplier -> supplier.get().toMillis() / 1000.0)
                .description("How long ago the scheduling thread last finished a tick; grows while it is dead or stuck")
                .baseUnit("seconds")
                .strongReference(true)
                .register(registry);
        Gauge.builder("complaintbook.escalation.timers.failing", failing, supplier -> supplier.getAsBoolean() ? 1 : 0)
                .description("1 while acting on due timers fails and is being retried, else 0")
                .strongReference(true)
                .register(registry);
    }

    /** @param missing the stores whose indexes could not be created yet */
    public void indexesMissing(Supplier<Number> missing) {
        Gauge.builder("complaintbook.escalation.indexes.missing", missing, supplier -> supplier.get().doubleValue())
                .description("Stores whose indexes are not created yet (MongoDB was away); their queries scan meanwhile")
                .strongReference(true)
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

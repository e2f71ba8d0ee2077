package com.complaintbook.escalation.domain;

import java.time.Instant;

/**
 * One command escalation sends for a due timer.
 *
 * @param timer    the timer it fires
 * @param kind     the command: the timer's own kind, or a breach for a warning that came too late
 * @param issuedAt when escalation decided
 */
public record Firing(DueTimer timer, TimerKind kind, Instant issuedAt) {

    /** The same decision always has the same id, so a command sent twice is recognisably one. */
    public String commandId() {
        return timer.complaintId() + ":" + kind.label() + ":" + timer.level();
    }

    public String complaintId() {
        return timer.complaintId();
    }

    public int level() {
        return timer.level();
    }

    /** The deadline the command names: the review deadline, or the appeal deadline for a close. */
    public Instant deadline() {
        return timer.action().deadline();
    }

    /**
     * When the command was due: the timer's moment, or the deadline for a warning that came too late
     * and is sent as the breach.
     */
    public Instant dueAt() {
        return kind == timer.kind() ? timer.dueAt() : timer.action().deadline();
    }

    /** What the complaint's next action is once this command is acknowledged: the breach after a warning, or none. */
    public NextAction next() {
        return kind == TimerKind.WARN ? NextAction.breachAt(timer.action().deadline()) : null;
    }
}

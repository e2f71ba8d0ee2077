package com.complaintbook.escalation.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A complaint's next action as the scheduler holds it: what the deadline document said when it was
 * read, which is also what a claim must still find there.
 *
 * @param complaintId  the complaint, and the deadline document
 * @param partition    the events-topic partition of the complaint; the instance that owns it fires
 * @param lastSequence the document's stream position when the action was set; a newer event wins
 * @param level        the level the action is for
 * @param action       what to do, when, and the deadline the command names
 * @param claimedUntil until when another instance's claim holds it, or {@code null}
 */
public record DueTimer(String complaintId, int partition, long lastSequence, int level, NextAction action,
                       Instant claimedUntil) {

    public DueTimer {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(action, "action");
    }

    public TimerKind kind() {
        return action.kind();
    }

    public Instant dueAt() {
        return action.dueAt();
    }

    /** When it can be fired: when due, or when another instance's claim runs out, whichever is later. */
    public Instant runAt() {
        return claimedUntil != null && claimedUntil.isAfter(action.dueAt()) ? claimedUntil : action.dueAt();
    }

    /**
     * What to send when it fires at {@code now}: a warning whose deadline has already passed is the
     * breach, without the warning.
     */
    public Firing firing(Instant now) {
        TimerKind kind = action.kind() == TimerKind.WARN && !now.isBefore(action.deadline()) ? TimerKind.BREACH
                : action.kind();
        return new Firing(this, kind, now);
    }
}

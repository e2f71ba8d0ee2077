package com.complaintbook.escalation.application;

import com.complaintbook.escalation.domain.ComplaintDeadline;
import com.complaintbook.escalation.domain.DeadlineChange;
import com.complaintbook.escalation.domain.DeadlineState;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Outbound port: one record per complaint holding its latest deadline.
 *
 * <p>The store is where idempotency lives: a change is applied only if its sequence is greater than
 * the complaint's last applied sequence, in one atomic step, so redelivered, replayed or concurrent
 * duplicates of an event change nothing.
 */
public interface DeadlineStore {

    /**
     * Applies the change if it is newer than anything applied to the complaint before.
     *
     * @return {@code true} if applied, {@code false} if the complaint already reflects this event or a
     *         later one
     */
    boolean apply(DeadlineChange change);

    Optional<ComplaintDeadline> find(String complaintId);

    /**
     * Deadlines in a state, earliest first. With {@code dueBefore}, only those ending before it: with
     * state OPEN and now, the overdue ones, for ops (the timers act on their next action, not on this).
     *
     * @param dueBefore exclusive upper bound on the deadline, or {@code null} for no bound
     * @param limit     at most this many
     */
    List<ComplaintDeadline> find(DeadlineState state, Instant dueBefore, int limit);
}

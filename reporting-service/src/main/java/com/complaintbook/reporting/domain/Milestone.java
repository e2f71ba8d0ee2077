package com.complaintbook.reporting.domain;

import com.complaintbook.contracts.ClosureReason;

import java.time.Instant;
import java.util.Objects;

/**
 * One event the statistics count: a warning, a breach or a closure, at the time it happened. It is
 * known by its place in its complaint's stream, so counting it again is recognised as the same one.
 *
 * @param complaintId   the complaint
 * @param sequence      the event's position in the complaint's stream
 * @param kind          what happened
 * @param level         for a warning, the level warned; for a breach, the level whose deadline
 *                      passed; {@code null} for a closure
 * @param atTop         a breach at the top of the chain, where nothing climbs further
 * @param closureReason for a closure, why; otherwise {@code null}
 * @param happenedAt    when it happened, as the event says
 */
public record Milestone(
        String complaintId,
        long sequence,
        MilestoneKind kind,
        Integer level,
        boolean atTop,
        ClosureReason closureReason,
        Instant happenedAt) {

    public Milestone {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(happenedAt, "happenedAt");
        if ((kind == MilestoneKind.CLOSURE) != (closureReason != null)) {
            throw new IllegalArgumentException("a closure, and only a closure, has a reason: " + kind);
        }
        if ((kind == MilestoneKind.CLOSURE) == (level != null)) {
            throw new IllegalArgumentException("a warning or a breach, and only those, has a level: " + kind);
        }
        if (atTop && kind != MilestoneKind.BREACH) {
            throw new IllegalArgumentException("only a breach is at the top: " + kind);
        }
    }
}

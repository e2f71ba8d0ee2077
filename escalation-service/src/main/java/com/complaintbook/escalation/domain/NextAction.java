package com.complaintbook.escalation.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The one thing escalation will do next for a complaint, and when.
 *
 * <p>Both moments are kept to the millisecond, as MongoDB keeps them.
 *
 * @param kind     what
 * @param dueAt    when
 * @param deadline the moment the command names: the review deadline for a warning or a breach, the
 *                 appeal deadline for a close
 */
public record NextAction(TimerKind kind, Instant dueAt, Instant deadline) {

    public NextAction {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(deadline, "deadline");
        // Stored as MongoDB dates, and a claim matches the stored moment exactly.
        dueAt = dueAt.truncatedTo(ChronoUnit.MILLIS);
        deadline = deadline.truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * After an assignment: a warning once {@code warnAt} of the period has passed, or the breach at the
     * deadline when that point is not before it (no time to warn, a fraction of 1, or a period unknown
     * because the assignment does not say when it started).
     *
     * @param warnAt the fraction of the period after which the assignee is warned, 0 to 1
     */
    public static NextAction afterAssignment(Instant assignedAt, Instant deadline, double warnAt) {
        if (assignedAt != null && assignedAt.isBefore(deadline)) {
            long periodMillis = Duration.between(assignedAt, deadline).toMillis();
            Instant warning = assignedAt.plusMillis((long) Math.floor(periodMillis * warnAt));
            if (warning.isBefore(deadline)) {
                return new NextAction(TimerKind.WARN, warning, deadline);
            }
        }
        return breachAt(deadline);
    }

    /** The breach at the deadline: after a warning, or when there is no time to warn. */
    public static NextAction breachAt(Instant deadline) {
        return new NextAction(TimerKind.BREACH, deadline, deadline);
    }

    /** The close once an answer's appeal window passed. */
    public static NextAction appealCloseAt(Instant appealDeadline) {
        return new NextAction(TimerKind.APPEAL_CLOSE, appealDeadline, appealDeadline);
    }
}

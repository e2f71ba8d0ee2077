package com.complaintbook.escalation.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * What one event does to a complaint's deadline and to its next action. Each change carries the
 * event's sequence, so a store can apply it only when it is newer than everything applied before,
 * and the partition the event came from, which decides the instance that fires the action.
 */
public sealed interface DeadlineChange {

    String complaintId();

    long sequence();

    /** The events-topic partition of the complaint. */
    int partition();

    /** The state the complaint's deadline is in after the change. */
    DeadlineState state();

    /** The complaint's next action after the change, or {@code null} for none. */
    NextAction next();

    /** The level the next action is for. */
    int level();

    /**
     * A new deadline starts running: the complaint was assigned at a level.
     *
     * @param assigneeId who must answer
     * @param deadline   by when
     * @param next       the warning, or the breach at the deadline
     */
    record Opened(String complaintId, long sequence, int partition, int level, String assigneeId, Instant deadline,
                  NextAction next) implements DeadlineChange {

        public Opened {
            Objects.requireNonNull(complaintId, "complaintId");
            Objects.requireNonNull(assigneeId, "assigneeId");
            Objects.requireNonNull(deadline, "deadline");
            Objects.requireNonNull(next, "next");
        }

        @Override
        public DeadlineState state() {
            return DeadlineState.OPEN;
        }
    }

    /**
     * The assignee was warned: the breach at the deadline is all that is left to do at this level.
     *
     * @param deadline the deadline warned of
     */
    record Warned(String complaintId, long sequence, int partition, int level, Instant deadline)
            implements DeadlineChange {

        public Warned {
            Objects.requireNonNull(complaintId, "complaintId");
            Objects.requireNonNull(deadline, "deadline");
        }

        @Override
        public DeadlineState state() {
            return DeadlineState.OPEN;
        }

        @Override
        public NextAction next() {
            return NextAction.breachAt(deadline);
        }
    }

    /**
     * The deadline at the top of the chain passed: the complaint stays open and overdue, and nothing
     * is left to do but wait for the answer.
     */
    record MissedAtTop(String complaintId, long sequence, int partition, int level) implements DeadlineChange {

        public MissedAtTop {
            Objects.requireNonNull(complaintId, "complaintId");
        }

        @Override
        public DeadlineState state() {
            return DeadlineState.OPEN;
        }

        @Override
        public NextAction next() {
            return null;
        }
    }

    /**
     * The deadline at a level stops running: answered, rejected, or superseded by a climb. Who and
     * when stay as they were, for the record. An answer or rejection that the customer may still
     * appeal has the close at its appeal deadline as next action.
     *
     * @param appealDeadline until when the customer may appeal, or {@code null}
     */
    record Closed(String complaintId, long sequence, int partition, int level, DeadlineState state,
                  Instant appealDeadline) implements DeadlineChange {

        public Closed {
            Objects.requireNonNull(complaintId, "complaintId");
            if (state == DeadlineState.OPEN || state == DeadlineState.CLOSED) {
                throw new IllegalArgumentException("a deadline that stops running at a level cannot be " + state);
            }
            if (state == DeadlineState.SUPERSEDED && appealDeadline != null) {
                throw new IllegalArgumentException("a climb leaves no appeal window");
            }
        }

        @Override
        public NextAction next() {
            return appealDeadline == null ? null : NextAction.appealCloseAt(appealDeadline);
        }
    }

    /** The complaint closed: nothing is left to do, whatever the last level was. */
    record Ended(String complaintId, long sequence, int partition) implements DeadlineChange {

        public Ended {
            Objects.requireNonNull(complaintId, "complaintId");
        }

        @Override
        public DeadlineState state() {
            return DeadlineState.CLOSED;
        }

        @Override
        public NextAction next() {
            return null;
        }

        /** A close names no level; the document keeps its last one. */
        @Override
        public int level() {
            return -1;
        }
    }
}

package com.complaintbook.escalation.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * What one event does to a complaint's deadline. Each change carries the event's sequence, so a
 * store can apply it only when it is newer than everything applied before.
 */
public sealed interface DeadlineChange {

    String complaintId();

    long sequence();

    /** The state the complaint's deadline is in after the change. */
    DeadlineState state();

    /**
     * A new deadline starts running: the complaint was assigned at a level.
     *
     * @param assigneeId who must answer
     * @param deadline   by when
     */
    record Opened(String complaintId, long sequence, int level, String assigneeId, Instant deadline)
            implements DeadlineChange {

        public Opened {
            Objects.requireNonNull(complaintId, "complaintId");
            Objects.requireNonNull(assigneeId, "assigneeId");
            Objects.requireNonNull(deadline, "deadline");
        }

        @Override
        public DeadlineState state() {
            return DeadlineState.OPEN;
        }
    }

    /**
     * The deadline at a level stops running: answered, rejected, or superseded by a climb. Who and
     * when stay as they were, for the record.
     */
    record Closed(String complaintId, long sequence, int level, DeadlineState state) implements DeadlineChange {

        public Closed {
            Objects.requireNonNull(complaintId, "complaintId");
            if (state == DeadlineState.OPEN || state == DeadlineState.ESCALATION_REQUESTED) {
                throw new IllegalArgumentException("a closed deadline cannot be " + state);
            }
        }
    }
}

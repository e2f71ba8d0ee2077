package com.complaintbook.escalation.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A review deadline that passed unanswered, as the complaint's stream recorded it: the climb
 * ({@code ComplaintEscalated}, deadline missed) or, at the top of the chain, the breach that climbs
 * nowhere ({@code ComplaintDeadlineMissedAtTop}). One per complaint and level.
 *
 * @param complaintId the complaint
 * @param level       the level whose deadline passed
 * @param top         whether nobody was above, so nothing climbed
 * @param assigneeId  whose deadline it was, or {@code null} if the event does not say
 * @param deadline    the deadline missed, or {@code null} if the event does not say
 * @param recordedAt  when the breach was recorded
 */
public record Breach(String complaintId, int level, boolean top, String assigneeId, Instant deadline,
                     Instant recordedAt) {

    public Breach {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}

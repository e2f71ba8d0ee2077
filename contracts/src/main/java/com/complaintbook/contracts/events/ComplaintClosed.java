package com.complaintbook.contracts.events;

import com.complaintbook.contracts.ClosureReason;

import java.time.Instant;

/**
 * The complaint's life ended; nothing may happen to it any more. The last event of a stream.
 *
 * @param complaintId the complaint
 * @param reason      accepted by the customer, a final answer, or the appeal window passed
 * @param closedAt    when it closed
 */
public record ComplaintClosed(String complaintId, ClosureReason reason, Instant closedAt) {
}

package com.complaintbook.reporting.domain;

import com.complaintbook.contracts.Channel;
import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.contracts.EscalationReason;
import com.complaintbook.contracts.RejectionReason;

import java.time.Instant;

/**
 * One complaint as staff and managers see it. Every field comes from the complaint's events, so
 * replaying the stream rebuilds the same view.
 *
 * @param complaintId      the complaint
 * @param kind             complaint or suggestion
 * @param channel          terminal or website
 * @param storeId          the store it is about
 * @param category         what it is about
 * @param status           where it stands
 * @param level            how far up the org chart it has climbed
 * @param assignee         who must answer it now, or {@code null} while nobody is responsible
 * @param deadline         when the current assignee's review period ends, or {@code null}
 * @param submittedAt      when intake accepted it
 * @param lastChangedAt    when its latest event happened
 * @param lastSequence     the sequence of its latest event applied here
 * @param answer           the latest answer, or {@code null}
 * @param rejectionReason  why it was last rejected, or {@code null}
 * @param rejectionComment the words given with that rejection, or {@code null}
 * @param escalationReason why it last climbed a level, or {@code null}
 */
public record ComplaintView(
        String complaintId,
        ComplaintKind kind,
        Channel channel,
        String storeId,
        String category,
        ComplaintStatus status,
        int level,
        Assignee assignee,
        Instant deadline,
        Instant submittedAt,
        Instant lastChangedAt,
        long lastSequence,
        String answer,
        RejectionReason rejectionReason,
        String rejectionComment,
        EscalationReason escalationReason) {
}

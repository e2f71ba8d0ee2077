package com.complaintbook.intake.domain;

import com.complaintbook.contracts.RejectionReason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** A member of staff rejects the complaint with a reason; otherwise like {@link AnswerComplaint}. */
public record RejectComplaint(
        @TargetAggregateIdentifier String complaintId,
        String staffId,
        RejectionReason reason,
        String comment,
        Instant rejectedAt,
        Instant appealDeadline) {

    public RejectComplaint {
        if (complaintId == null || staffId == null || reason == null || rejectedAt == null || appealDeadline == null) {
            throw new InvalidCommandException("Incomplete rejection for complaint " + complaintId);
        }
    }
}

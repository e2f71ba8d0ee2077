package com.complaintbook.intake.domain;

import com.complaintbook.contracts.RejectionReason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** A member of staff rejects the complaint with a reason; otherwise like {@link AnswerComplaint}. */
public record RejectComplaint(
        @TargetAggregateIdentifier String complaintId,
        String staffId,
        RejectionReason reason,
        String comment,
        Instant rejectedAt,
        Instant appealDeadline,
        List<String> answersFor) {

    public RejectComplaint {
        answersFor = answersFor == null ? List.of() : List.copyOf(answersFor);
        if (complaintId == null || staffId == null || reason == null || rejectedAt == null || appealDeadline == null) {
            throw new InvalidCommandException("Incomplete rejection for complaint " + complaintId);
        }
    }

    /** A rejection from someone who stands in for nobody. */
    public RejectComplaint(String complaintId, String staffId, RejectionReason reason, String comment,
                           Instant rejectedAt, Instant appealDeadline) {
        this(complaintId, staffId, reason, comment, rejectedAt, appealDeadline, List.of());
    }
}

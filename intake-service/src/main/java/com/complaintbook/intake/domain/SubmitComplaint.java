package com.complaintbook.intake.domain;

import com.complaintbook.contracts.Channel;
import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.contracts.Language;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** A customer's complaint or suggestion, accepted by intake and about to start its stream. */
public record SubmitComplaint(
        @TargetAggregateIdentifier String complaintId,
        String reference,
        ComplaintKind kind,
        Channel channel,
        String storeId,
        String category,
        String text,
        Contact customer,
        Language language,
        Instant submittedAt) {

    /** The same submission under the short reference drawn for it. */
    public SubmitComplaint withReference(String drawn) {
        return new SubmitComplaint(complaintId, drawn, kind, channel, storeId, category, text, customer, language,
                submittedAt);
    }
}

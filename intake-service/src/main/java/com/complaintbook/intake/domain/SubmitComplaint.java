package com.complaintbook.intake.domain;

import com.complaintbook.contracts.Channel;
import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.contracts.CustomerContact;
import com.complaintbook.contracts.Language;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** A customer's complaint or suggestion, accepted by intake and about to start its stream. */
public record SubmitComplaint(
        @TargetAggregateIdentifier String complaintId,
        ComplaintKind kind,
        Channel channel,
        String storeId,
        String category,
        String text,
        CustomerContact customer,
        Language language,
        Instant submittedAt) {

    /** The same submission under another id: a retry takes the id its first attempt claimed. */
    public SubmitComplaint withComplaintId(String id) {
        return new SubmitComplaint(id, kind, channel, storeId, category, text, customer, language, submittedAt);
    }
}

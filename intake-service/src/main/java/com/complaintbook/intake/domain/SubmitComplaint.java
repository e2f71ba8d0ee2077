package com.complaintbook.intake.domain;

import com.complaintbook.contracts.Channel;
import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.contracts.Language;
import com.complaintbook.contracts.LocalizedText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * A customer's complaint or suggestion, accepted by intake and about to start its stream.
 *
 * @param storeName    the store's display names as the catalogue had them at submission
 * @param storeAddress the store's address as the catalogue had it
 * @param categoryName the category's display names as the catalogue had them
 */
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
        Instant submittedAt,
        LocalizedText storeName,
        LocalizedText storeAddress,
        LocalizedText categoryName) {

    /** The same submission under the short reference drawn for it. */
    public SubmitComplaint withReference(String drawn) {
        return new SubmitComplaint(complaintId, drawn, kind, channel, storeId, category, text, customer, language,
                submittedAt, storeName, storeAddress, categoryName);
    }
}

package com.complaintbook.intake.customer.application;

import com.complaintbook.contracts.ClosureReason;
import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.contracts.Language;
import com.complaintbook.contracts.LocalizedText;
import com.complaintbook.contracts.RejectionReason;
import com.complaintbook.contracts.SuggestionOutcome;

import java.time.Instant;

/**
 * What a customer sees of their complaint: never who handles it, only where it stands.
 *
 * @param reference         the short number the customer quotes, e.g. {@code KB-26-004213}
 * @param language          the language the customer wrote in and is written to in
 * @param stage             received, in-review, answered, rejected, escalated or closed
 * @param level             how many times it has climbed the org chart
 * @param reviewDeadline    when the current review period ends, while one runs
 * @param answer            the latest answer or rejection, if any
 * @param finalAnswer       whether that answer came from the top and cannot be appealed
 * @param appealUntil       until when "not satisfied" is possible; {@code null} when it is not
 * @param canAccept         whether there is an answer to accept
 * @param closedBecause     why it closed, once it has
 * @param storeId           the store it is about
 * @param storeName         the store's names as the catalogue had them at submission; {@code null} for
 *                          complaints submitted before names were carried, as are the next two
 * @param storeAddress      the store's address
 * @param category          what it is about
 * @param categoryName      the category's names
 */
public record CustomerStatus(
        String complaintId,
        String reference,
        ComplaintKind kind,
        Language language,
        String stage,
        int level,
        Instant submittedAt,
        Instant reviewDeadline,
        Answer answer,
        boolean finalAnswer,
        Instant appealUntil,
        boolean canAccept,
        ClosureReason closedBecause,
        String storeId,
        LocalizedText storeName,
        LocalizedText storeAddress,
        String category,
        LocalizedText categoryName) {

    /**
     * @param text            the answer, or the rejection's comment
     * @param outcome         what became of a suggestion
     * @param rejectionReason why it was rejected, for a rejection
     * @param givenAt         when
     */
    public record Answer(String text, SuggestionOutcome outcome, RejectionReason rejectionReason, Instant givenAt) {
    }
}

package com.complaintbook.notification.domain;

import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.contracts.CustomerContact;
import com.complaintbook.contracts.Language;
import com.complaintbook.contracts.LocalizedText;
import com.complaintbook.contracts.events.ComplaintSubmitted;

/**
 * What later messages about a complaint need from its submission, since later events do not repeat
 * it: how to reach the customer and in which language, what they wrote, and the reference people
 * quote, and how the store and category were named when it was submitted.
 *
 * @param complaintId   the complaint
 * @param kind          complaint or suggestion
 * @param storeId       the store it is about
 * @param category      what it is about
 * @param text          the customer's words
 * @param customerName  how the customer signed, or {@code null}
 * @param customerEmail where to write to the customer, or {@code null}
 * @param customerPhone the customer's phone, or {@code null}
 * @param language      the customer's language
 * @param reference     the short number customers and staff quote, e.g. {@code KB-26-004213}, or
 *                      {@code null} for a complaint submitted before references existed
 * @param storeName     the store's display name, or {@code null} for a complaint submitted before
 *                      events carried names
 * @param storeAddress  the store's address, or {@code null} as for storeName
 * @param categoryName  the category's display name, or {@code null} as for storeName
 */
public record RememberedComplaint(
        String complaintId,
        ComplaintKind kind,
        String storeId,
        String category,
        String text,
        String customerName,
        String customerEmail,
        String customerPhone,
        Language language,
        String reference,
        LocalizedText storeName,
        LocalizedText storeAddress,
        LocalizedText categoryName) {

    public static RememberedComplaint of(ComplaintSubmitted submitted) {
        CustomerContact contact = submitted.customer() == null
                ? new CustomerContact(null, null, null)
                : submitted.customer();
        return new RememberedComplaint(submitted.complaintId(), submitted.kind(), submitted.storeId(),
                submitted.category(), submitted.text(), contact.name(), contact.email(), contact.phone(),
                submitted.language() == null ? Language.EN : submitted.language(),
                submitted.reference() == null || submitted.reference().isBlank() ? null : submitted.reference().strip(),
                submitted.storeName(), submitted.storeAddress(), submitted.categoryName());
    }

    /**
     * How letters name the complaint: its reference, or its id when it has none, so that a complaint
     * from before references still gets every letter.
     */
    public String quotedAs() {
        return reference == null ? complaintId : reference;
    }

    /**
     * How letters name the store: by its display name when the submission carried one, which each
     * letter shows in its own language; by its id in every language otherwise, the only name a
     * complaint submitted before names has.
     */
    public LocalizedText storeShownAs() {
        return storeName == null ? sameInEveryLanguage(storeId) : storeName;
    }

    /** How letters name the category: as {@link #storeShownAs()} does the store. */
    public LocalizedText categoryShownAs() {
        return categoryName == null ? sameInEveryLanguage(category) : categoryName;
    }

    private static LocalizedText sameInEveryLanguage(String id) {
        return id == null ? null : new LocalizedText(id, id, id);
    }

    public boolean customerLeftEmail() {
        return customerEmail != null && !customerEmail.isBlank();
    }
}

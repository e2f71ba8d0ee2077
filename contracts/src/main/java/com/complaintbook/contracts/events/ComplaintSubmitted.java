package com.complaintbook.contracts.events;

import com.complaintbook.contracts.Channel;
import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.contracts.CustomerContact;
import com.complaintbook.contracts.Language;
import com.complaintbook.contracts.LocalizedText;

import java.time.Instant;

/**
 * A customer wrote a complaint or a suggestion. The first event of every stream.
 *
 * @param complaintId the new complaint's id
 * @param kind        complaint or suggestion
 * @param channel     terminal or website
 * @param storeId     the store it is about
 * @param category    what it is about, from the retailer's category list
 * @param text        the customer's words
 * @param customer    how to reach the customer, or {@code null} when they left nothing
 * @param language    the language to write to the customer in
 * @param submittedAt when intake accepted it
 * @param reference   the complaint's short number that customers and staff quote, e.g.
 *                    {@code KB-26-004213}; unique, never reused. Optional: absent from events
 *                    published before it was introduced
 * @param storeName    the store's display name when it was submitted, from routing's catalogue;
 *                     {@code null} in events recorded before names were carried
 * @param storeAddress the store's address when it was submitted; {@code null} as for storeName
 * @param categoryName the category's display name when it was submitted; {@code null} as for
 *                     storeName
 */
public record ComplaintSubmitted(
        String complaintId,
        ComplaintKind kind,
        Channel channel,
        String storeId,
        String category,
        String text,
        CustomerContact customer,
        Language language,
        Instant submittedAt,
        String reference,
        LocalizedText storeName,
        LocalizedText storeAddress,
        LocalizedText categoryName) {

    /** A submission without the catalogue's display names, as recorded before they were carried. */
    public ComplaintSubmitted(String complaintId, ComplaintKind kind, Channel channel, String storeId,
                              String category, String text, CustomerContact customer, Language language,
                              Instant submittedAt, String reference) {
        this(complaintId, kind, channel, storeId, category, text, customer, language, submittedAt, reference,
                null, null, null);
    }
}

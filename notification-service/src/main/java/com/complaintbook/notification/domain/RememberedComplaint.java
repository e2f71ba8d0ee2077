package com.complaintbook.notification.domain;

import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.contracts.CustomerContact;
import com.complaintbook.contracts.Language;
import com.complaintbook.contracts.events.ComplaintSubmitted;

/**
 * What later messages about a complaint need from its submission, since later events do not repeat
 * it: how to reach the customer and in which language, and what they wrote.
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
        Language language) {

    public static RememberedComplaint of(ComplaintSubmitted submitted) {
        CustomerContact contact = submitted.customer() == null
                ? new CustomerContact(null, null, null)
                : submitted.customer();
        return new RememberedComplaint(submitted.complaintId(), submitted.kind(), submitted.storeId(),
                submitted.category(), submitted.text(), contact.name(), contact.email(), contact.phone(),
                submitted.language() == null ? Language.EN : submitted.language());
    }

    public boolean customerLeftEmail() {
        return customerEmail != null && !customerEmail.isBlank();
    }
}

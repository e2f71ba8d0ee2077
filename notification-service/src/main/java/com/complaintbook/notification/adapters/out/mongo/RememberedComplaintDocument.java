package com.complaintbook.notification.adapters.out.mongo;

import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.contracts.Language;
import com.complaintbook.contracts.LocalizedText;
import com.complaintbook.notification.domain.RememberedComplaint;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A remembered complaint as stored; one stored before references has no {@code reference}, one
 * stored before names has no {@code storeName}, {@code storeAddress} or {@code categoryName}.
 */
@Document(RememberedComplaintDocument.COLLECTION)
record RememberedComplaintDocument(
        @Id String complaintId,
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

    static final String COLLECTION = "remembered_complaints";

    static RememberedComplaintDocument of(RememberedComplaint complaint) {
        return new RememberedComplaintDocument(complaint.complaintId(), complaint.kind(), complaint.storeId(),
                complaint.category(), complaint.text(), complaint.customerName(), complaint.customerEmail(),
                complaint.customerPhone(), complaint.language(), complaint.reference(), complaint.storeName(),
                complaint.storeAddress(), complaint.categoryName());
    }

    RememberedComplaint toComplaint() {
        return new RememberedComplaint(complaintId, kind, storeId, category, text, customerName, customerEmail,
                customerPhone, language, reference, storeName, storeAddress, categoryName);
    }
}

package com.complaintbook.notification.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryKeyTest {

    @Test
    void theSameDeliveryHasTheSameKeyAndMessageIdWhateverTheAddressCase() {
        DeliveryKey first = new DeliveryKey("ev-1", Purpose.COMPLAINT_RECEIVED, "Olena@Example.com");
        DeliveryKey again = new DeliveryKey("ev-1", Purpose.COMPLAINT_RECEIVED, " olena@example.com");

        assertThat(again.id()).isEqualTo(first.id()).isEqualTo("ev-1:complaint-received:olena@example.com");
        assertThat(again.messageId("retail.example")).isEqualTo(first.messageId("retail.example"))
                .matches("<[0-9a-f]{64}@retail\\.example>");
    }

    @Test
    void anotherEventPurposeOrRecipientIsAnotherDelivery() {
        DeliveryKey key = new DeliveryKey("ev-1", Purpose.COMPLAINT_RECEIVED, "olena@example.com");

        assertThat(new DeliveryKey("ev-2", Purpose.COMPLAINT_RECEIVED, "olena@example.com").messageId("r.example"))
                .isNotEqualTo(key.messageId("r.example"));
        assertThat(new DeliveryKey("ev-1", Purpose.COMPLAINT_ASSIGNED, "olena@example.com").id()).isNotEqualTo(key.id());
        assertThat(new DeliveryKey("ev-1", Purpose.COMPLAINT_RECEIVED, "ivan@example.com").id()).isNotEqualTo(key.id());
    }
}

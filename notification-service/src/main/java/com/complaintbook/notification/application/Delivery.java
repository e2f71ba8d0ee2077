package com.complaintbook.notification.application;

import com.complaintbook.contracts.events.EventEnvelope;
import com.complaintbook.notification.domain.DeliveryKey;
import com.complaintbook.notification.domain.Notice;

/**
 * One notice to deliver because of one event.
 *
 * @param key         which delivery it is; at most one message is sent per key
 * @param complaintId the complaint it is about
 * @param notice      what to tell whom
 */
public record Delivery(DeliveryKey key, String complaintId, Notice notice) {

    public static Delivery of(EventEnvelope<?> event, Notice notice) {
        return new Delivery(DeliveryKey.of(event.eventId(), notice), event.complaintId(), notice);
    }
}

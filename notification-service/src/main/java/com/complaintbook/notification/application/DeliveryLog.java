package com.complaintbook.notification.application;

import com.complaintbook.notification.domain.DeliveryKey;

import java.time.Instant;

/**
 * The record of every delivery, one per {@link DeliveryKey}, which is what keeps a redelivered event
 * from sending anything twice.
 */
public interface DeliveryLog {

    /**
     * Claims a delivery before its message is sent, atomically: creates the record, or takes over
     * one whose earlier attempt failed or never finished.
     *
     * @param complaintId the complaint the delivery is about, for whoever reads the log
     * @return {@code true} if the caller should send now; {@code false} if the delivery was already
     *         sent and nothing must be sent again
     */
    boolean claim(DeliveryKey key, String complaintId, Instant at);

    /** Records that the message left, with the channel's reference for it. */
    void markSent(DeliveryKey key, String channelReference, Instant at);

    /** Records that the latest attempt failed, and why; a later claim may try again. */
    void markFailed(DeliveryKey key, String error, Instant at);
}

package com.complaintbook.notification.application;

import com.complaintbook.notification.domain.DeliveryKey;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * The record of every delivery, one per {@link DeliveryKey}, which is what keeps a redelivered event
 * from sending anything twice. Every operation takes a whole batch and costs one round trip.
 */
public interface DeliveryLog {

    /**
     * Claims deliveries before their messages are sent, each atomically: creates its record, or takes
     * over one whose earlier attempt failed or never finished. One delivery's refusal does not keep
     * the others from being claimed. The keys must be distinct.
     *
     * @param deliveries the deliveries; each one's complaint is kept for whoever reads the log
     * @return the keys the caller should send now; a key missing from it was already sent, and
     *         nothing must be sent for it again
     */
    Set<DeliveryKey> claim(Collection<Delivery> deliveries, Instant at);

    /** Records that these messages left, each with the channel's reference for it. */
    void markSent(Collection<SentMessage> messages);

    /** Records that the latest attempt at each of these deliveries failed, and why; a later claim may try again. */
    void markFailed(Map<DeliveryKey, String> errors, Instant at);
}

package com.complaintbook.notification.application;

import com.complaintbook.notification.domain.DeliveryKey;

/**
 * A delivery whose message did not leave: the channel could not write it or could not send it. Every
 * delivery before it in the batch was sent, now or before; those after it may or may not have been.
 */
public class DeliveryFailedException extends RuntimeException {

    private final transient DeliveryKey key;

    public DeliveryFailedException(DeliveryKey key, RuntimeException cause) {
        super("Delivery " + key.id() + " failed", cause);
        this.key = key;
    }

    public DeliveryKey key() {
        return key;
    }
}

package com.complaintbook.notification.application;

import com.complaintbook.notification.domain.DeliveryKey;

/**
 * A delivery with its letter written and prepared by its channel, or with the reason it could not be.
 *
 * @param delivery the delivery
 * @param letter   its letter, or {@code null} if refused
 * @param message  the channel's form of it, or {@code null} if refused
 * @param refusal  why it cannot be sent as written, or {@code null}
 * @param <M>      the channel's prepared form of a message
 */
record WrittenDelivery<M extends PreparedMessage>(Delivery delivery, Letter letter, M message,
                                                  RuntimeException refusal) {

    static <M extends PreparedMessage> WrittenDelivery<M> prepared(Delivery delivery, Letter letter, M message) {
        return new WrittenDelivery<>(delivery, letter, message, null);
    }

    static <M extends PreparedMessage> WrittenDelivery<M> refused(Delivery delivery, RuntimeException refusal) {
        return new WrittenDelivery<>(delivery, null, null, refusal);
    }

    DeliveryKey key() {
        return delivery.key();
    }

    boolean isRefused() {
        return refusal != null;
    }
}

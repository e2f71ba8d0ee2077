package com.complaintbook.notification.application;

/**
 * A way of getting a message to a person: e-mail now, others (SMS, messengers) behind the same
 * interface later.
 */
public interface MessageChannel {

    /** A short, stable name for metrics and delivery records, e.g. {@code email}. */
    String name();

    /**
     * Hands the message over for delivery, or throws. A channel that can label its messages labels
     * each with an id derived from {@link OutgoingMessage#key()}, so that a message sent twice for
     * the same delivery is recognisable as one.
     *
     * @return the channel's reference for the message, e.g. its Message-ID
     * @throws RuntimeException when the message could not be handed over; the caller retries
     */
    String send(OutgoingMessage message);
}

package com.complaintbook.notification.application;

import com.complaintbook.notification.domain.DeliveryKey;

import java.util.List;
import java.util.Map;

/**
 * A way of getting messages to people: e-mail now, others (SMS, messengers) behind the same
 * interface later. A message is first prepared, which fails for good if it can never be sent as
 * written, and then sent with others, which may fail for a while.
 *
 * @param <M> the channel's prepared form of a message
 */
public interface MessageChannel<M extends PreparedMessage> {

    /** A short, stable name for metrics and delivery records, e.g. {@code email}. */
    String name();

    /**
     * Writes {@code message} in the form this channel sends, before anything is claimed or sent.
     *
     * @throws RuntimeException when the message can never be sent as written, e.g. an e-mail address
     *                          that is not one; no retry can help
     */
    M prepare(OutgoingMessage message);

    /**
     * Hands messages over in the order given, over as few connections as the channel allows. A
     * message that fails alone (a recipient the relay refuses) does not keep the others from leaving.
     *
     * @return why each message that did not leave failed, by delivery; every other message left
     */
    Map<DeliveryKey, RuntimeException> send(List<M> messages);
}

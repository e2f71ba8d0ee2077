package com.complaintbook.notification.application;

import com.complaintbook.notification.domain.DeliveryKey;

/** A message written out in the form its channel sends, so that sending it can only fail in transit. */
public interface PreparedMessage {

    /** The delivery it belongs to. */
    DeliveryKey key();

    /**
     * The channel's name for the message, e.g. its Message-ID; derived from {@link #key()}, so a
     * message sent twice for the same delivery is recognisable as one.
     */
    String channelReference();
}

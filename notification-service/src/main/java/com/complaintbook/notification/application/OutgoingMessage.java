package com.complaintbook.notification.application;

import com.complaintbook.notification.domain.DeliveryKey;
import com.complaintbook.notification.domain.Recipient;

/**
 * A letter on its way to one recipient.
 *
 * @param key    the delivery it belongs to; a channel derives a stable message id from it
 * @param to     the recipient
 * @param letter what it says
 */
public record OutgoingMessage(DeliveryKey key, Recipient to, Letter letter) {
}

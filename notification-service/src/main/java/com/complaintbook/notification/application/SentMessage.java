package com.complaintbook.notification.application;

import com.complaintbook.notification.domain.DeliveryKey;

import java.time.Instant;

/**
 * A message its channel took.
 *
 * @param key              the delivery it belongs to
 * @param channelReference the channel's name for it, e.g. its Message-ID
 * @param sentAt           when the channel took it
 */
public record SentMessage(DeliveryKey key, String channelReference, Instant sentAt) {
}

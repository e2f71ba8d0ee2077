package com.complaintbook.notification.adapters.out.mail;

import com.complaintbook.notification.application.PreparedMessage;
import com.complaintbook.notification.domain.DeliveryKey;
import jakarta.mail.internet.MimeMessage;

/**
 * An e-mail written out, addressed and labelled, waiting for its connection.
 *
 * @param key              the delivery it belongs to
 * @param channelReference its Message-ID
 * @param mime             the e-mail itself
 */
public record PreparedEmail(DeliveryKey key, String channelReference, MimeMessage mime) implements PreparedMessage {
}

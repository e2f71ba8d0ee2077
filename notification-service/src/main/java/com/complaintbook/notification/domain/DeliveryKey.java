package com.complaintbook.notification.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Identifies one delivery: the event that caused it, why, and to whom. The same event redelivered
 * yields the same key, which is what makes a delivery happen once.
 *
 * @param eventId   the event's id from its envelope
 * @param purpose   why the message is sent
 * @param recipient the recipient's address, compared without regard to case
 */
public record DeliveryKey(String eventId, Purpose purpose, String recipient) {

    public DeliveryKey {
        recipient = recipient.strip().toLowerCase(Locale.ROOT);
    }

    public static DeliveryKey of(String eventId, Notice notice) {
        return new DeliveryKey(eventId, notice.purpose(), notice.recipient().address());
    }

    /** The key as one string, e.g. {@code 0b9f...:complaint-received:olena@example.com}. */
    public String id() {
        return eventId + ":" + purpose.code() + ":" + recipient;
    }

    /**
     * An RFC 5322 Message-ID that is the same every time this delivery is attempted, so a message
     * sent twice (a crash between sending and recording it) can be recognised by whoever receives it.
     *
     * @param domain the sender's domain, the part after the {@code @}
     */
    public String messageId(String domain) {
        return "<" + HexFormat.of().formatHex(sha256(id())) + "@" + domain + ">";
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}

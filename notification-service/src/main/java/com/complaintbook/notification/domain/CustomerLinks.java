package com.complaintbook.notification.domain;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * The signed links customers follow to their complaint's page, where they can accept an answer or
 * say it did not satisfy them. Signed as the contracts' "Customer links, v1" say, with the secret
 * intake verifies them with:
 * {@code base64url(complaintId) "." expiry "." base64url(HMAC-SHA256(secret, complaintId "." expiry))}.
 *
 * <p>A link expires a fixed time after the event it is mailed for, not after the moment it is
 * written, so a redelivered event yields the identical link and the identical letter.
 */
public final class CustomerLinks {

    static final String PLACEHOLDER = "{token}";
    static final int MINIMUM_SECRET_LENGTH = 32;

    private static final String HMAC = "HmacSHA256";
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;
    private final Duration validity;
    private final String urlTemplate;

    /**
     * @param secret      the HMAC-SHA256 key intake shares, at least 32 characters
     * @param validity    how long a link opens the page after the event it is mailed for
     * @param urlTemplate the page, with {@code {token}} where the token goes
     */
    public CustomerLinks(String secret, Duration validity, String urlTemplate) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length() < MINIMUM_SECRET_LENGTH) {
            throw new IllegalArgumentException("a customer link secret needs at least " + MINIMUM_SECRET_LENGTH + " characters");
        }
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("a customer link must stay valid for some time: " + validity);
        }
        if (!urlTemplate.contains(PLACEHOLDER)) {
            throw new IllegalArgumentException("customer link template must contain " + PLACEHOLDER + ": " + urlTemplate);
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC);
        this.validity = validity;
        this.urlTemplate = urlTemplate;
    }

    /**
     * @param complaintId the complaint the link opens
     * @param issuedAt    when the event the link is mailed for occurred
     * @return the link, valid until {@code issuedAt} plus the validity
     */
    public String linkFor(String complaintId, Instant issuedAt) {
        return urlTemplate.replace(PLACEHOLDER, token(complaintId, issuedAt.plus(validity).getEpochSecond()));
    }

    String token(String complaintId, long expiryEpochSeconds) {
        String signed = complaintId + "." + expiryEpochSeconds;
        return BASE64URL.encodeToString(complaintId.getBytes(StandardCharsets.UTF_8)) + "." + expiryEpochSeconds + "."
                + BASE64URL.encodeToString(hmac(signed));
    }

    // A Mac is not thread-safe and cheap to make, so each signature gets its own.
    private byte[] hmac(String text) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has " + HMAC, e);
        }
    }
}

package com.complaintbook.intake.customer.adapters.in.web;

import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Signed, expiring customer links. A token is
 * {@code base64url(complaintId) "." expiryEpochSeconds "." base64url(HMAC-SHA256(secret, complaintId "." expiry))}:
 * unguessable without the secret, bound to one complaint, and useless after its expiry.
 * notification-service signs the same way (see contracts' package documentation).
 */
@Component
public class CustomerLinks {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final CustomerLinkProperties properties;
    private final Clock clock;

    CustomerLinks(CustomerLinkProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** The page a customer follows to this complaint. */
    public String url(String complaintId) {
        return properties.url(token(complaintId));
    }

    String token(String complaintId) {
        long expiry = clock.instant().plus(properties.validity()).getEpochSecond();
        return ENCODER.encodeToString(complaintId.getBytes(StandardCharsets.UTF_8)) + "." + expiry + "."
                + ENCODER.encodeToString(signature(complaintId, expiry));
    }

    /** The complaint a token opens now, if it is genuine and unexpired. */
    public Optional<String> complaintOf(String token) {
        return check(token).complaintId();
    }

    /** What a presented token proves: the complaint it opens, or why it opens nothing. */
    LinkCheck check(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return LinkCheck.forged();
        }
        try {
            String complaintId = new String(DECODER.decode(parts[0]), StandardCharsets.UTF_8);
            long expiry = Long.parseLong(parts[1]);
            if (!MessageDigest.isEqual(signature(complaintId, expiry), DECODER.decode(parts[2]))) {
                return LinkCheck.forged();
            }
            if (clock.instant().isAfter(Instant.ofEpochSecond(expiry))) {
                return LinkCheck.outOfDate();
            }
            return LinkCheck.valid(complaintId);
        } catch (IllegalArgumentException malformed) {
            return LinkCheck.forged();
        }
    }

    private byte[] signature(String complaintId, long expiry) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(properties.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal((complaintId + "." + expiry).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every JVM has HmacSHA256", e);
        }
    }

    /** The outcome of checking a link. */
    record LinkCheck(Optional<String> complaintId, boolean expired) {

        static LinkCheck valid(String complaintId) {
            return new LinkCheck(Optional.of(complaintId), false);
        }

        static LinkCheck outOfDate() {
            return new LinkCheck(Optional.empty(), true);
        }

        static LinkCheck forged() {
            return new LinkCheck(Optional.empty(), false);
        }
    }
}

package com.complaintbook.intake.support;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;

/** Customer link tokens made by hand, as notification-service makes them, to try intake's checks. */
public final class Links {

    public static final String TEST_SECRET = "test-customer-link-secret-0123456789";

    private Links() {
    }

    public static String token(String complaintId, Instant expiry, String secret) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] signature = mac.doFinal((complaintId + "." + expiry.getEpochSecond()).getBytes(StandardCharsets.UTF_8));
            return base64.encodeToString(complaintId.getBytes(StandardCharsets.UTF_8)) + "." + expiry.getEpochSecond()
                    + "." + base64.encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

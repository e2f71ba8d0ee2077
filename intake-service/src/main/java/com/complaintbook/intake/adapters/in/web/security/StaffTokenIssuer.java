package com.complaintbook.intake.adapters.in.web.security;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;

/** Mints staff tokens as the company's identity provider would; used by the local identity provider. */
public final class StaffTokenIssuer {

    private final StaffIdentityProperties identity;
    private final JwtEncoder encoder;
    private final Clock clock;

    public StaffTokenIssuer(StaffIdentityProperties identity, Clock clock) {
        this.identity = identity;
        this.clock = clock;
        this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(
                new SecretKeySpec(identity.hmacSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256")));
    }

    public String issue(String staffId) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(identity.issuer())
                .subject(staffId)
                .issuedAt(now)
                .expiresAt(now.plus(identity.tokenValidity()))
                .build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
    }
}

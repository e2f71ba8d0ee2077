package com.complaintbook.kit.test;

import com.complaintbook.kit.security.StaffRole;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A company identity provider in the test's own JVM, over real HTTP: it publishes its OIDC discovery
 * document and its RSA key as a JWKS, as Keycloak or Entra ID do, and mints RS256 staff tokens. The
 * services verify those tokens exactly as in production, from the published key. Switches on
 * {@link Token} make the tokens a service must refuse: no {@code exp}, another audience or issuer, a
 * key the provider never published, HS256.
 *
 * <p>Every Spring test context of a service points at {@link #shared()} (see
 * {@link TestIdentityProviderContextCustomizerFactory}) unless it names an issuer itself.
 */
public final class TestIdentityProvider implements AutoCloseable {

    /** The audience every service is configured with, and tokens carry unless told otherwise. */
    public static final String AUDIENCE = "complaint-book";

    private static final Duration VALIDITY = Duration.ofHours(1);
    private static TestIdentityProvider shared;

    private final HttpServer server;
    private final RSAKey key;
    private final String issuer;
    private final Clock clock;

    private TestIdentityProvider(Clock clock) throws IOException {
        this.clock = clock;
        this.key = newRsaKey();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.issuer = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/.well-known/openid-configuration", exchange -> respond(exchange, discovery()));
        server.createContext("/jwks", exchange -> respond(exchange, new JWKSet(key.toPublicJWK()).toString()));
        server.start();
    }

    /** A provider of its own, for a test that must not share keys or state; close it after. */
    public static TestIdentityProvider start() {
        return start(Clock.systemUTC());
    }

    /** A provider whose tokens are issued and expire by {@code clock}. */
    public static TestIdentityProvider start(Clock clock) {
        try {
            return new TestIdentityProvider(clock);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the test identity provider", e);
        }
    }

    /** The provider every test of this JVM shares; it lives as long as the JVM. */
    public static synchronized TestIdentityProvider shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    /** The issuer, for {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}. */
    public String issuer() {
        return issuer;
    }

    /** A valid token for a member of staff with these roles, for {@link #AUDIENCE}, valid for an hour. */
    public String tokenFor(String staffId, StaffRole... roles) {
        return token(staffId, roles).mint();
    }

    /** {@code web} sending a valid token for this member of staff with every request. */
    public WebTestClient asStaff(WebTestClient web, String staffId, StaffRole... roles) {
        String token = tokenFor(staffId, roles);
        return web.mutate().defaultHeaders(headers -> headers.setBearerAuth(token)).build();
    }

    /** A token to adjust before {@link Token#mint() minting} it. */
    public Token token(String staffId, StaffRole... roles) {
        return new Token(staffId, Arrays.stream(roles).map(StaffRole::claimValue).toList());
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private String discovery() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", issuer);
        document.put("jwks_uri", issuer + "/jwks");
        document.put("authorization_endpoint", issuer + "/authorize");
        document.put("token_endpoint", issuer + "/token");
        document.put("response_types_supported", List.of("code"));
        document.put("subject_types_supported", List.of("public"));
        document.put("id_token_signing_alg_values_supported", List.of(JWSAlgorithm.RS256.getName()));
        return JSONObjectUtils.toJSONString(document);
    }

    private static void respond(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static RSAKey newRsaKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Every JVM can make an RSA key", e);
        }
    }

    /** One token: by default valid, RS256 with the published key, for {@link #AUDIENCE}. */
    public final class Token {

        private final String staffId;
        private List<String> roles;
        private String tokenIssuer = issuer;
        private List<String> audience = List.of(AUDIENCE);
        private Instant expiresAt = clock.instant().plus(VALIDITY);
        private JWSAlgorithm algorithm = JWSAlgorithm.RS256;
        private JWSSigner signer;
        private String keyId = key.getKeyID();

        private Token(String staffId, List<String> roles) {
            this.staffId = staffId;
            this.roles = roles;
            try {
                this.signer = new RSASSASigner(key);
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Roles by their names in the claim, including names no service knows. */
        public Token roleNames(String... names) {
            this.roles = List.of(names);
            return this;
        }

        public Token withoutExpiry() {
            this.expiresAt = null;
            return this;
        }

        public Token expiringAt(Instant expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        public Token audience(String... audience) {
            this.audience = List.of(audience);
            return this;
        }

        public Token issuer(String issuer) {
            this.tokenIssuer = issuer;
            return this;
        }

        /** Signed by a key of the provider's kind that it never published. */
        public Token signedByUnknownKey() {
            RSAKey unknown = newRsaKey();
            try {
                this.signer = new RSASSASigner(unknown);
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
            this.keyId = unknown.getKeyID();
            return this;
        }

        /** HS256 with a shared secret (at least 32 bytes), as staff tokens were before the provider's keys. */
        public Token signedWithSharedSecret(String secret) {
            try {
                this.signer = new MACSigner(secret.getBytes(StandardCharsets.UTF_8));
            } catch (JOSEException e) {
                throw new IllegalArgumentException(e);
            }
            this.algorithm = JWSAlgorithm.HS256;
            this.keyId = null;
            return this;
        }

        public String mint() {
            Instant now = clock.instant();
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                    .issuer(tokenIssuer)
                    .subject(staffId)
                    .audience(audience)
                    .issueTime(Date.from(now))
                    .jwtID(UUID.randomUUID().toString())
                    .claim(StaffRole.CLAIM, roles);
            if (expiresAt != null) {
                claims.expirationTime(Date.from(expiresAt));
            }
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).keyID(keyId).build(), claims.build());
            try {
                jwt.sign(signer);
            } catch (JOSEException e) {
                throw new IllegalStateException("Could not sign the token", e);
            }
            return jwt.serialize();
        }
    }
}

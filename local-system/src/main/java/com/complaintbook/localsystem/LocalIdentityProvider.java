package com.complaintbook.localsystem;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The local run's staff identity provider, standing in for the company's: it publishes an OIDC
 * discovery document and its RSA key as a JWKS, which every service is pointed at, and signs RS256
 * staff tokens. Unlike a real one it asks for no password: {@code POST /tokens
 * {"staffId":"ivan.petrenko","roles":["employee"]}} answers {@code {"token":..., "expiresAt":...}}
 * for anyone who can reach it, which is why it listens on the loopback address only. A new key is
 * made at every start, so tokens do not outlive the run.
 */
public final class LocalIdentityProvider implements AutoCloseable {

    /** The audience every service is configured with. */
    static final String AUDIENCE = "complaint-book";
    static final Duration VALIDITY = Duration.ofHours(8);
    private static final Pattern STAFF_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern ROLE = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    private final int port;
    private final JsonMapper json = JsonMapper.builder().build();
    private RSAKey key;
    private HttpServer server;

    /** @param port the port to listen on; 0 for any free port */
    LocalIdentityProvider(int port) {
        this.port = port;
    }

    void start() throws IOException {
        try {
            key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Every JVM can make an RSA key", e);
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/.well-known/openid-configuration", exchange -> respond(exchange, 200, discovery()));
        server.createContext("/jwks", exchange -> respond(exchange, 200, new JWKSet(key.toPublicJWK()).toString()));
        server.createContext("/tokens", this::tokens);
        server.start();
    }

    /**
     * The issuer the services trust: {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}. The
     * address it is bound to, not {@code localhost}, which may name IPv6's loopback first.
     */
    public URI issuer() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** What a service needs to know of its identity provider, as an operator would set it. */
    Map<String, String> environment() {
        return Map.of("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUERURI", issuer().toString());
    }

    /** A signed token for a member of staff with these roles (employee, manager, analyst, admin). */
    public String tokenFor(String staffId, String... roles) {
        return sign(staffId, List.of(roles), Instant.now());
    }

    private String sign(String staffId, List<String> roles, Instant now) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer().toString())
                .subject(staffId)
                .audience(AUDIENCE)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(VALIDITY)))
                .jwtID(UUID.randomUUID().toString())
                .claim("roles", roles)
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a staff token", e);
        }
        return jwt.serialize();
    }

    private void tokens(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "POST");
            problem(exchange, 405, "Mint a token with POST {\"staffId\":..., \"roles\":[...]}");
            return;
        }
        JsonNode request;
        try (InputStream body = exchange.getRequestBody()) {
            request = json.readTree(body.readNBytes(16 * 1024));
        } catch (JacksonException unreadable) {
            problem(exchange, 400, "The body is not JSON: " + unreadable.getOriginalMessage());
            return;
        }
        String staffId = request.path("staffId").asString("");
        if (!STAFF_ID.matcher(staffId).matches()) {
            problem(exchange, 400, "staffId must be 1 to 64 letters, digits, '.', '_' or '-'");
            return;
        }
        List<String> roles = new ArrayList<>();
        for (JsonNode role : request.path("roles")) {
            if (!role.isString() || !ROLE.matcher(role.asString()).matches()) {
                problem(exchange, 400, "roles must be names such as employee, manager, analyst, admin");
                return;
            }
            roles.add(role.asString());
        }
        Instant now = Instant.now();
        Map<String, Object> issued = new LinkedHashMap<>();
        issued.put("token", sign(staffId, roles, now));
        issued.put("expiresAt", now.plus(VALIDITY).toString());
        respond(exchange, 200, json.writeValueAsString(issued));
    }

    private String discovery() {
        String issuer = issuer().toString();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", issuer);
        document.put("jwks_uri", issuer + "/jwks");
        document.put("authorization_endpoint", issuer + "/authorize");
        document.put("token_endpoint", issuer + "/tokens");
        document.put("response_types_supported", List.of("code"));
        document.put("subject_types_supported", List.of("public"));
        document.put("id_token_signing_alg_values_supported", List.of(JWSAlgorithm.RS256.getName()));
        return json.writeValueAsString(document);
    }

    private void problem(HttpExchange exchange, int status, String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("status", status);
        problem.put("detail", detail);
        exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
        send(exchange, status, json.writeValueAsString(problem));
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        send(exchange, status, body);
    }

    private static void send(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
    }
}

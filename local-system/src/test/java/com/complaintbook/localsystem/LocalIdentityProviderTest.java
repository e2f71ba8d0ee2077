package com.complaintbook.localsystem;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

/** The local run's identity provider as a service and a person on the local run use it, over HTTP. */
class LocalIdentityProviderTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final LocalIdentityProvider provider = new LocalIdentityProvider(0);

    @BeforeEach
    void start() throws Exception {
        provider.start();
    }

    @AfterEach
    void stop() {
        provider.close();
    }

    @Test
    void aTokenAskedForIsSignedByTheKeyItsDiscoveryDocumentPublishes() throws Exception {
        JsonNode discovery = JSON.readTree(get(provider.issuer().resolve("/.well-known/openid-configuration")).body());
        assertThat(discovery.get("issuer").asString()).isEqualTo(provider.issuer().toString());
        JWKSet keys = JWKSet.parse(get(URI.create(discovery.get("jwks_uri").asString())).body());

        HttpResponse<String> issued = post("{\"staffId\":\"ivan.petrenko\",\"roles\":[\"employee\",\"manager\"]}");

        assertThat(issued.statusCode()).isEqualTo(200);
        SignedJWT token = SignedJWT.parse(JSON.readTree(issued.body()).get("token").asString());
        RSAKey key = (RSAKey) keys.getKeyByKeyId(token.getHeader().getKeyID());
        assertThat(token.verify(new RSASSAVerifier(key))).isTrue();
        assertThat(token.getJWTClaimsSet().getSubject()).isEqualTo("ivan.petrenko");
        assertThat(token.getJWTClaimsSet().getIssuer()).isEqualTo(provider.issuer().toString());
        assertThat(token.getJWTClaimsSet().getAudience()).containsExactly(LocalIdentityProvider.AUDIENCE);
        assertThat(token.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("employee", "manager");
        assertThat(token.getJWTClaimsSet().getExpirationTime()).isAfter(new Date());
    }

    @Test
    void aRequestItCannotSignIsAProblem() throws Exception {
        for (String body : new String[] {"{\"staffId\":\"\"}", "{\"staffId\":\"a b\"}", "not json",
                "{\"staffId\":\"e-1\",\"roles\":[\"Admin!\"]}", "{\"staffId\":\"e-1\",\"roles\":[1]}"}) {
            HttpResponse<String> refused = post(body);
            assertThat(refused.statusCode()).as(body).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
        assertThat(get(provider.issuer().resolve("/tokens")).statusCode()).isEqualTo(405);
    }

    private HttpResponse<String> post(String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(provider.issuer().resolve("/tokens"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}

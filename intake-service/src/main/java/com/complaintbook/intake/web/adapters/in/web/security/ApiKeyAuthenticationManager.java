package com.complaintbook.intake.web.adapters.in.web.security;

import com.complaintbook.intake.web.adapters.in.web.ApiClientProperties;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Finds the client an API key belongs to by the key's SHA-256; revoked keys are unknown keys. */
@Component
class ApiKeyAuthenticationManager implements ReactiveAuthenticationManager {

    private final ApiClientProperties properties;

    ApiKeyAuthenticationManager(ApiClientProperties properties) {
        this.properties = properties;
    }

    @Override
    public Mono<Authentication> authenticate(Authentication authentication) {
        byte[] presented = sha256(((ApiKeyAuthentication) authentication).key());
        return Mono.justOrEmpty(properties.clients().stream()
                        .filter(client -> !client.revoked())
                        .filter(client -> MessageDigest.isEqual(presented, HexFormat.of().parseHex(client.keySha256())))
                        .findFirst())
                .<Authentication>map(client -> ApiKeyAuthentication.of(
                        new ApiClient(client.id(), client.channel(), client.storeId())))
                .switchIfEmpty(Mono.error(() -> new BadCredentialsException("Unknown or revoked API key")));
    }

    static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}

package com.complaintbook.kit.security;

import com.complaintbook.kit.test.TestIdentityProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A WebFlux application with the kit's staff identity, against a real identity provider over HTTP:
 * what a token must be to pass, and how a refusal reads.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = StaffIdentityIT.App.class,
        properties = "spring.security.oauth2.resourceserver.jwt.audiences=" + TestIdentityProvider.AUDIENCE)
@AutoConfigureWebTestClient
class StaffIdentityIT {

    private static final TestIdentityProvider IDP = TestIdentityProvider.start();

    @Autowired
    WebTestClient web;

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", IDP::issuer);
    }

    @AfterAll
    static void stopIdentityProvider() {
        IDP.close();
    }

    @Test
    void anAnalystsValidTokenIsLetThroughAndNamesThem() {
        web.get().uri("/api/v1/reports").headers(bearer(IDP.tokenFor("e-1001", StaffRole.ANALYST)))
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo("e-1001");
    }

    @Test
    void withoutATokenTheAnswerIs401AsAProblemWithABearerChallenge() {
        web.get().uri("/api/v1/reports")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.instance").isEqualTo("/api/v1/reports");
    }

    @Test
    void aTokenWithoutTheRoleIs403() {
        web.get().uri("/api/v1/reports").headers(bearer(IDP.tokenFor("e-1002", StaffRole.EMPLOYEE)))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE, challenge -> assertThat(challenge).contains("insufficient_scope"))
                .expectBody().jsonPath("$.status").isEqualTo(403);
    }

    @Test
    void healthIsOpen_andAPathNoRuleNamesIsClosedEvenToAnAdmin() {
        // Stands in for the actuator, which this test application does not have.
        web.get().uri("/actuator/ping").exchange().expectStatus().isOk();
        web.get().uri("/api/v1/unruled").headers(bearer(IDP.tokenFor("ops-2", StaffRole.ADMIN)))
                .exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void rolesTheSystemDoesNotKnowGrantNothing() {
        web.get().uri("/api/v1/reports").headers(bearer(IDP.token("e-1003").roleNames("ANALYST", "superuser").mint()))
                .exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void onlyAdminsReachTheAdminPaths() {
        web.get().uri("/api/v1/admin/things").headers(bearer(IDP.tokenFor("e-1004", StaffRole.MANAGER, StaffRole.ANALYST)))
                .exchange()
                .expectStatus().isForbidden();
        web.get().uri("/api/v1/admin/things").headers(bearer(IDP.tokenFor("ops-1", StaffRole.ADMIN)))
                .exchange()
                .expectStatus().isOk();
    }

    @Test
    void aTokenWithoutExpiryIsRefused() {
        assertRefused(IDP.token("e-1005", StaffRole.ANALYST).withoutExpiry().mint());
    }

    @Test
    void anExpiredTokenIsRefused() {
        assertRefused(IDP.token("e-1006", StaffRole.ANALYST).expiringAt(Instant.now().minusSeconds(300)).mint());
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        assertRefused(IDP.token("e-1007", StaffRole.ANALYST).audience("payroll").mint());
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        assertRefused(IDP.token("e-1008", StaffRole.ANALYST).issuer("https://login.elsewhere.example").mint());
    }

    @Test
    void aTokenSignedByAKeyTheProviderNeverPublishedIsRefused() {
        assertRefused(IDP.token("e-1009", StaffRole.ANALYST).signedByUnknownKey().mint());
    }

    @Test
    void aTokenSignedWithASharedSecretIsRefused() {
        assertRefused(IDP.token("e-1010", StaffRole.ANALYST)
                .signedWithSharedSecret("local-staff-identity-secret-do-not-use-elsewhere").mint());
    }

    @Test
    void aTokenThatIsNotAJwtIsRefused() {
        assertRefused("not-a-token");
    }

    @Test
    void aServiceWithoutAnAudienceDoesNotStart() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(App.class)
                .properties("server.port=0",
                        "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + IDP.issuer())
                .run().close())
                .hasStackTraceContaining("spring.security.oauth2.resourceserver.jwt.audiences must name");
    }

    @Test
    void whileTheIdentityProviderIsAwayTheServiceStartsAndAsksCallersToRetry() {
        TestIdentityProvider away = TestIdentityProvider.start();
        String token = away.tokenFor("e-1011", StaffRole.ANALYST);
        away.close();
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(App.class)
                .properties("server.port=0",
                        "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + away.issuer(),
                        "spring.security.oauth2.resourceserver.jwt.audiences=" + TestIdentityProvider.AUDIENCE)
                .run()) {
            WebTestClient client = WebTestClient.bindToServer()
                    .baseUrl("http://localhost:" + service.getEnvironment().getProperty("local.server.port")).build();
            client.get().uri("/api/v1/reports").headers(bearer(token))
                    .exchange()
                    .expectStatus().isEqualTo(503)
                    .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "5")
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    private void assertRefused(String token) {
        web.get().uri("/api/v1/reports").headers(bearer(token))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE, challenge -> assertThat(challenge)
                        .startsWith("Bearer error=\"invalid_token\""));
    }

    private static java.util.function.Consumer<HttpHeaders> bearer(String token) {
        return headers -> headers.setBearerAuth(token);
    }

    @SpringBootApplication(excludeName = {
            "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration",
            "org.springframework.boot.mongodb.autoconfigure.MongoReactiveAutoConfiguration",
            "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
            "org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveAutoConfiguration",
            "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration"})
    @EnableWebFluxSecurity
    @RestController
    static class App {

        @Bean
        SecurityWebFilterChain security(ServerHttpSecurity http, StaffIdentity staff) {
            return staff.chain(http, servicePaths -> servicePaths
                    .pathMatchers("/api/v1/reports").hasAnyAuthority(StaffRole.authorities(StaffRole.ANALYST, StaffRole.ADMIN)));
        }

        @GetMapping("/api/v1/reports")
        String reports(@AuthenticationPrincipal Jwt staff) {
            return staff.getSubject();
        }

        @GetMapping("/actuator/ping")
        String ping() {
            return "pong";
        }

        @GetMapping("/api/v1/unruled")
        String unruled() {
            return "nobody's";
        }

        @GetMapping("/api/v1/admin/things")
        String adminThings() {
            return "things";
        }
    }
}

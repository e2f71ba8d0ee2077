package com.complaintbook.escalation;

import com.complaintbook.contracts.Topics;
import com.complaintbook.kit.security.StaffRole;
import com.complaintbook.kit.test.EmbeddedMongo;
import com.complaintbook.kit.test.TestIdentityProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may read the deadlines and breaches: managers, analysts and admins with a token from the company's
 * identity provider; nobody without one, nobody with a token the service must not trust. The same
 * settings as {@link EscalationServiceIT}, so both run in one application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(topics = Topics.COMPLAINT_EVENTS, partitions = 3,
        bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@AutoConfigureWebTestClient
@Import(EmbeddedMongo.class)
class ApiSecurityIT {

    private static final TestIdentityProvider IDP = TestIdentityProvider.shared();

    @Autowired
    private WebTestClient web;

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/deadlines", "/api/v1/deadlines/c-1", "/api/v1/breaches"})
    void everyEndpointAsksForAToken(String path) {
        web.get().uri(path).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/deadlines", "/api/v1/deadlines/c-1", "/api/v1/breaches"})
    void anEmployeeWithoutAReadingRoleIsRefused(String path) {
        get(path, IDP.tokenFor("e-clerk", StaffRole.EMPLOYEE))
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @ParameterizedTest
    @EnumSource(value = StaffRole.class, names = {"MANAGER", "ANALYST", "ADMIN"})
    void managersAnalystsAndAdminsRead(StaffRole role) {
        get("/api/v1/deadlines?state=OPEN", IDP.tokenFor("e-reader", role)).expectStatus().isOk();
        get("/api/v1/breaches?top=true", IDP.tokenFor("e-reader", role)).expectStatus().isOk();
    }

    @Test
    void tokensTheServiceMustNotTrustAreRefused() {
        for (String token : new String[] {
                IDP.token("e-manager", StaffRole.MANAGER).withoutExpiry().mint(),
                IDP.token("e-manager", StaffRole.MANAGER).audience("payroll").mint(),
                IDP.token("e-manager", StaffRole.MANAGER).issuer("https://login.elsewhere.example").mint(),
                IDP.token("e-manager", StaffRole.MANAGER).signedByUnknownKey().mint()}) {
            get("/api/v1/deadlines", token)
                    .expectStatus().isUnauthorized()
                    .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE,
                            challenge -> assertThat(challenge).startsWith("Bearer error=\"invalid_token\""));
        }
    }

    @Test
    void theAdminApiIsForAdminsOnly() {
        get("/api/v1/admin/dead-letters", IDP.tokenFor("e-manager", StaffRole.MANAGER, StaffRole.ANALYST))
                .expectStatus().isForbidden();
        get("/api/v1/admin/dead-letters", IDP.tokenFor("ops-1", StaffRole.ADMIN))
                .expectStatus().value(status -> assertThat(status).isNotIn(401, 403));
    }

    @Test
    void healthAndMetricsAreOpen() {
        web.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        web.get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
    }

    private WebTestClient.ResponseSpec get(String path, String token) {
        return web.get().uri(path).headers(headers -> headers.setBearerAuth(token)).exchange();
    }
}

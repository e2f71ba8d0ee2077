package com.complaintbook.reporting;

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
 * Who may read reporting's API: analysts, managers and admins with a token from the company's
 * identity provider; nobody without one, nobody with a token the service must not trust. The same
 * settings as {@link ReportingServiceIT}, so both run in one application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@EmbeddedKafka(partitions = 1, topics = Topics.COMPLAINT_EVENTS, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@Import(EmbeddedMongo.class)
class ApiSecurityIT {

    private static final TestIdentityProvider IDP = TestIdentityProvider.shared();

    @Autowired
    private WebTestClient http;

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/complaints", "/api/v1/complaints/c-1", "/api/v1/complaints/by-reference/KB-26-000001",
            "/api/v1/reports/status-counts", "/api/v1/reports/deadline-counts"})
    void everyEndpointAsksForAToken(String path) {
        http.get().uri(path).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/complaints", "/api/v1/complaints/c-1", "/api/v1/complaints/by-reference/KB-26-000001",
            "/api/v1/reports/status-counts", "/api/v1/reports/deadline-counts"})
    void anEmployeeWithoutAReadingRoleIsRefused(String path) {
        get(path, IDP.tokenFor("e-clerk", StaffRole.EMPLOYEE))
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @ParameterizedTest
    @EnumSource(value = StaffRole.class, names = {"ANALYST", "MANAGER", "ADMIN"})
    void analystsManagersAndAdminsRead(StaffRole role) {
        get("/api/v1/reports/status-counts", IDP.tokenFor("e-reader", role)).expectStatus().isOk();
        get("/api/v1/reports/deadline-counts", IDP.tokenFor("e-reader", role)).expectStatus().isOk();
        get("/api/v1/complaints", IDP.tokenFor("e-reader", role)).expectStatus().isOk();
    }

    @Test
    void tokensTheServiceMustNotTrustAreRefused() {
        for (String token : new String[] {
                IDP.token("e-analyst", StaffRole.ANALYST).withoutExpiry().mint(),
                IDP.token("e-analyst", StaffRole.ANALYST).audience("payroll").mint(),
                IDP.token("e-analyst", StaffRole.ANALYST).issuer("https://login.elsewhere.example").mint(),
                IDP.token("e-analyst", StaffRole.ANALYST).signedByUnknownKey().mint()}) {
            get("/api/v1/reports/status-counts", token)
                    .expectStatus().isUnauthorized()
                    .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE,
                            challenge -> assertThat(challenge).startsWith("Bearer error=\"invalid_token\""));
        }
    }

    @Test
    void theAdminApiIsForAdminsOnly() {
        get("/api/v1/admin/dead-letters", IDP.tokenFor("e-analyst", StaffRole.ANALYST, StaffRole.MANAGER))
                .expectStatus().isForbidden();
        get("/api/v1/admin/dead-letters", IDP.tokenFor("ops-1", StaffRole.ADMIN))
                .expectStatus().value(status -> assertThat(status).isNotIn(401, 403));
    }

    @Test
    void healthMetricsAndTheApiDocumentsAreOpen() {
        http.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        http.get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
        http.get().uri("/v3/api-docs").exchange().expectStatus().isOk();
    }

    private WebTestClient.ResponseSpec get(String path, String token) {
        return http.get().uri(path).headers(headers -> headers.setBearerAuth(token)).exchange();
    }
}

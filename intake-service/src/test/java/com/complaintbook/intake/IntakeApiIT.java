package com.complaintbook.intake;

import com.complaintbook.contracts.Topics;
import com.complaintbook.intake.support.IntakeClient;
import com.complaintbook.intake.support.IntakeIntegrationTest;
import com.complaintbook.intake.support.StoredEvents;
import com.complaintbook.intake.support.Links;
import com.complaintbook.intake.support.TestCatalogue;
import com.complaintbook.kit.security.StaffRole;
import com.complaintbook.kit.test.TestIdentityProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.complaintbook.intake.support.IntakeClient.REVOKED_KEY;
import static com.complaintbook.intake.support.IntakeClient.TERMINAL_KEY;
import static com.complaintbook.intake.support.IntakeClient.WEBSITE_KEY;
import static com.complaintbook.intake.support.IntakeClient.linkPath;
import static com.complaintbook.intake.support.Samples.CEO;
import static com.complaintbook.intake.support.Samples.CLERK;
import static com.complaintbook.intake.support.Samples.MANAGER;
import static com.complaintbook.intake.support.Samples.assignment;
import static com.complaintbook.intake.support.Samples.validSubmission;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Who may do what over HTTP, and what each of them is told when they may not. */
@IntakeIntegrationTest
class IntakeApiIT {

    @Autowired WebTestClient web;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired KafkaTemplate<String, String> kafka;

    private IntakeClient intake;

    @BeforeEach
    void client() {
        intake = new IntakeClient(web, json);
    }

    @Test
    void aSubmissionWithoutAnApiKeyOrWithARevokedOneIsUnauthorised() {
        intake.submit(validSubmission(), null, "k-1").expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("WWW-Authenticate", "ApiKey header=\"X-API-Key\"");
        intake.submit(validSubmission(), REVOKED_KEY, "k-2").expectStatus().isUnauthorized();
        intake.submit(validSubmission(), "never-issued", "k-3").expectStatus().isUnauthorized();
    }

    @Test
    void aTerminalSubmitsForItsOwnStoreAndChannelOnly() {
        intake.submit(with("storeId", "lviv-001"), TERMINAL_KEY, "k-" + UUID.randomUUID())
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        intake.submit(with("channel", "website"), TERMINAL_KEY, "k-" + UUID.randomUUID())
                .expectStatus().isForbidden();
        intake.submit(validSubmission(), WEBSITE_KEY, null).expectStatus().isForbidden();
    }

    @Test
    void theWebsiteMaySubmitWithoutAnIdempotencyKeyButATerminalMayNot() {
        intake.submit(with("channel", "website"), WEBSITE_KEY, null).expectStatus().isAccepted();
        intake.submit(validSubmission(), TERMINAL_KEY, null)
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("Idempotency-Key");
    }

    @Test
    void anUnknownStoreOrCategoryIsUnprocessableAndNamed() {
        Map<String, Object> submission = with("category", "weather");
        submission.put("storeId", "atlantis-001");

        intake.submit(withChannel(submission, "website"), WEBSITE_KEY, null)
                .expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[*].field").value(fields ->
                        assertThat((List<Object>) fields).containsExactlyInAnyOrder("storeId", "category"));
    }

    @Test
    void theSameKeyAndBodyReturnTheSameComplaintAndStoreOneEvent() {
        String key = "receipt-" + UUID.randomUUID();
        String first = accepted(intake.submit(validSubmission(), TERMINAL_KEY, key)).get("complaintId").asString();
        String second = accepted(intake.submit(validSubmission(), TERMINAL_KEY, key)).get("complaintId").asString();

        assertThat(second).isEqualTo(first);
        assertThat(storedEvents(first)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithADifferentBodyIsRefused() {
        String key = "receipt-" + UUID.randomUUID();
        intake.submit(validSubmission(), TERMINAL_KEY, key).expectStatus().isAccepted();

        intake.submit(with("text", "Something else entirely"), TERMINAL_KEY, key)
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("Idempotency-Key");
    }

    @Test
    void concurrentRetriesWithOneKeyMakeOneComplaint() throws Exception {
        String key = "receipt-" + UUID.randomUUID();
        Set<String> ids = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> attempts = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                attempts.add(pool.submit(() -> ids.add(accepted(intake.submit(validSubmission(), TERMINAL_KEY, key))
                        .get("complaintId").asString())));
            }
            for (Future<?> attempt : attempts) {
                attempt.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(ids).hasSize(1);
        assertThat(storedEvents(ids.iterator().next())).isEqualTo(1);
    }

    @Test
    void staffActionsNeedAValidStaffTokenWithRoleEmployeeOrManager() {
        String complaintId = assignedComplaint().get("complaintId").asString();
        TestIdentityProvider idp = TestIdentityProvider.shared();

        answerWith(complaintId, null)
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        answerWith(complaintId, "not.a.token").expectStatus().isUnauthorized();
        answerWith(complaintId, idp.token(CLERK.id(), StaffRole.EMPLOYEE).withoutExpiry().mint())
                .expectStatus().isUnauthorized();
        answerWith(complaintId, idp.token(CLERK.id(), StaffRole.EMPLOYEE)
                .signedWithSharedSecret("local-staff-identity-secret-do-not-use-elsewhere").mint())
                .expectStatus().isUnauthorized();
        answerWith(complaintId, idp.tokenFor(CLERK.id(), StaffRole.ANALYST, StaffRole.ADMIN))
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        answerWith(complaintId, idp.tokenFor(CLERK.id(), StaffRole.EMPLOYEE)).expectStatus().isNoContent();
    }

    @Test
    void theAdminApiIsForAdminsOnly() {
        TestIdentityProvider idp = TestIdentityProvider.shared();

        web.get().uri("/api/v1/admin/dead-letters").exchange().expectStatus().isUnauthorized();
        web.get().uri("/api/v1/admin/dead-letters")
                .headers(headers -> headers.setBearerAuth(idp.tokenFor(MANAGER.id(), StaffRole.MANAGER, StaffRole.EMPLOYEE)))
                .exchange().expectStatus().isForbidden();
        web.get().uri("/api/v1/admin/dead-letters")
                .headers(headers -> headers.setBearerAuth(idp.tokenFor("ops-1", StaffRole.ADMIN)))
                .exchange().expectStatus().value(status -> assertThat(status).isNotIn(401, 403));
    }

    private WebTestClient.ResponseSpec answerWith(String complaintId, String token) {
        return web.post().uri("/api/v1/complaints/{id}/answer", complaintId).contentType(MediaType.APPLICATION_JSON)
                .headers(headers -> {
                    if (token != null) {
                        headers.setBearerAuth(token);
                    }
                })
                .bodyValue(Map.of("text", "A new sofa arrives on Friday")).exchange();
    }

    @Test
    void onlyTheAssigneeOrSomeoneAboveMayAnswerAndOnlyOnce() {
        String complaintId = assignedComplaint().get("complaintId").asString();

        intake.answer(complaintId, "e-web-support", Map.of("text", "Not my area")).expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        intake.answer(complaintId, CLERK.id(), Map.of("text", "A new sofa arrives on Friday")).expectStatus().isNoContent();
        intake.answer(complaintId, CLERK.id(), Map.of("text", "Again")).expectStatus().isEqualTo(409);
        intake.reject(complaintId, MANAGER.id(), Map.of("reason", "spam")).expectStatus().isEqualTo(409);
    }

    @Test
    void someoneActingForTheAbsentAssigneeMayAnswerInTheirPlace() {
        String complaintId = assignedComplaint().get("complaintId").asString();

        intake.answer(complaintId, TestCatalogue.DEPUTY.id(), Map.of("text", "Ivan is away; a new sofa arrives on Friday"))
                .expectStatus().isNoContent();
        intake.answer(complaintId, CLERK.id(), Map.of("text", "Again")).expectStatus().isEqualTo(409);
    }

    @Test
    void theCatalogueIsPublicWithItsNamesAndCacheableByVersion() {
        String etag = web.get().uri("/api/v1/catalogue").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "max-age=60, public")
                .expectBody()
                .jsonPath("$.version").isEqualTo(1)
                .jsonPath("$.stores[?(@.id == 'kyiv-001')].name.uk").isEqualTo(TestCatalogue.KYIV_001_NAME.uk())
                .jsonPath("$.stores[?(@.id == 'kyiv-001')].address.en").isEqualTo(TestCatalogue.KYIV_001_ADDRESS.en())
                .jsonPath("$.categories[?(@.id == 'delivery')].name.ru").isEqualTo(TestCatalogue.DELIVERY_NAME.ru())
                .returnResult().getResponseHeaders().getETag();

        assertThat(etag).as("a hash of the content, not the version").matches("\"[0-9a-f]{64}\"");
        web.get().uri("/api/v1/catalogue").header(HttpHeaders.IF_NONE_MATCH, etag).exchange()
                .expectStatus().isNotModified();
    }

    @Test
    void staffNameAComplaintByTheReferenceTheCustomerQuotes() {
        JsonNode accepted = assignedComplaint();
        String reference = accepted.get("reference").asString();

        assertThat(reference).matches("KB-[0-9]{2}-[0-9]{6,}");
        intake.answer(reference, CLERK.id(), Map.of("text", "A new sofa arrives on Friday")).expectStatus().isNoContent();
        intake.answer(accepted.get("complaintId").asString(), CLERK.id(), Map.of("text", "Again")).expectStatus().isEqualTo(409);
        intake.answer("KB-26-999999999", CLERK.id(), Map.of("text", "Hello")).expectStatus().isNotFound();
    }

    @Test
    void everySubmissionGetsAReferenceOfItsOwnAndARetryTheSameOne() {
        Map<String, Object> submission = validSubmission();
        JsonNode first = accepted(intake.submit(submission, TERMINAL_KEY, "reference-retry"));
        JsonNode retried = accepted(intake.submit(submission, TERMINAL_KEY, "reference-retry"));
        JsonNode other = accepted(intake.submit(submission, TERMINAL_KEY, "reference-other"));

        assertThat(retried.get("reference").asString()).isEqualTo(first.get("reference").asString());
        assertThat(other.get("reference").asString()).isNotEqualTo(first.get("reference").asString());
    }

    @Test
    void anAnswerWithoutTextOrARejectionWithoutAKnownReasonNamesTheField() {
        String complaintId = assignedComplaint().get("complaintId").asString();

        intake.answer(complaintId, CLERK.id(), Map.of("text", " ")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("text");
        intake.reject(complaintId, CLERK.id(), Map.of("reason", "boring")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
    }

    @Test
    void answeringAComplaintThatDoesNotExistIsNotFound() {
        intake.answer(UUID.randomUUID().toString(), CLERK.id(), Map.of("text", "Hello")).expectStatus().isNotFound();
    }

    @Test
    void theCustomerFollowsTheLinkSeesTheAnswerAndClimbsWhenNotSatisfied() {
        JsonNode accepted = assignedComplaint();
        String complaintId = accepted.get("complaintId").asString();
        String link = linkPath(accepted);

        intake.customerStatus(link).expectStatus().isOk().expectBody()
                .jsonPath("$.stage").isEqualTo("in-review")
                .jsonPath("$.reviewDeadline").isEqualTo("2026-11-25T09:00:00Z")
                .jsonPath("$.appealUntil").doesNotExist();
        intake.notSatisfied(link, "Too early").expectStatus().isEqualTo(409);

        intake.answer(complaintId, CLERK.id(), Map.of("text", "A voucher for 10%")).expectStatus().isNoContent();
        intake.customerStatus(link).expectStatus().isOk().expectBody()
                .jsonPath("$.stage").isEqualTo("answered")
                .jsonPath("$.answer.text").isEqualTo("A voucher for 10%")
                .jsonPath("$.canAccept").isEqualTo(true)
                .jsonPath("$.appealUntil").exists();

        intake.notSatisfied(link, "A voucher is not a sofa").expectStatus().isOk().expectBody()
                .jsonPath("$.stage").isEqualTo("escalated")
                .jsonPath("$.level").isEqualTo(1);
    }

    @Test
    void theCustomerAcceptsAnAnswerAndTheComplaintCloses() {
        JsonNode accepted = assignedComplaint();
        intake.reject(accepted.get("complaintId").asString(), CLERK.id(),
                Map.of("reason", "duplicate", "comment", "Answered under your earlier complaint")).expectStatus().isNoContent();

        intake.accept(linkPath(accepted)).expectStatus().isOk().expectBody()
                .jsonPath("$.stage").isEqualTo("closed")
                .jsonPath("$.closedBecause").isEqualTo("accepted-by-customer");
        intake.notSatisfied(linkPath(accepted), "Changed my mind").expectStatus().isEqualTo(409);
    }

    @Test
    void aTamperedLinkFindsNothingAndAnExpiredOneIsRefused() {
        JsonNode accepted = intake.submitted(validSubmission());
        String complaintId = accepted.get("complaintId").asString();
        String link = linkPath(accepted);
        String someoneElses = UUID.randomUUID().toString();

        intake.customerStatus(link.substring(0, link.length() - 2) + "xx").expectStatus().isNotFound();
        intake.customerStatus("/api/v1/customer/complaints/" + Links.token(someoneElses, Instant.now().plusSeconds(60), "guessed-secret"))
                .expectStatus().isNotFound();
        intake.customerStatus("/api/v1/customer/complaints/garbage").expectStatus().isNotFound();
        intake.customerStatus("/api/v1/customer/complaints/" + Links.token(complaintId, Instant.now().minusSeconds(60), Links.TEST_SECRET))
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void theApiDocumentDescribesEveryEndpointAndHowToAuthenticate() {
        web.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/api/v1/complaints'].post").exists()
                .jsonPath("$.paths['/api/v1/complaints/{complaintId}/answer'].post").exists()
                .jsonPath("$.paths['/api/v1/complaints/{complaintId}/rejection'].post").exists()
                .jsonPath("$.paths['/api/v1/customer/complaints/{token}'].get").exists()
                .jsonPath("$.paths['/api/v1/customer/complaints/{token}/not-satisfied'].post").exists()
                .jsonPath("$.paths['/api/v1/customer/complaints/{token}/acceptance'].post").exists()
                .jsonPath("$.components.securitySchemes.apiKey.name").isEqualTo("X-API-Key")
                .jsonPath("$.components.securitySchemes.staff.scheme").isEqualTo("bearer");
    }

    private JsonNode assignedComplaint() {
        JsonNode accepted = intake.submitted(validSubmission());
        String complaintId = accepted.get("complaintId").asString();
        kafka.send(Topics.COMPLAINT_COMMANDS, complaintId,
                json.writeValueAsString(assignment(complaintId, CLERK, 0, List.of(MANAGER, CEO)))).join();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> intake.customerStatus(linkPath(accepted))
                .expectBody().jsonPath("$.stage").isEqualTo("in-review"));
        return accepted;
    }

    private JsonNode accepted(WebTestClient.ResponseSpec response) {
        return json.readTree(response.expectStatus().isAccepted().expectBody().returnResult().getResponseBody());
    }

    private long storedEvents(String complaintId) {
        return new StoredEvents(jdbc).of(complaintId);
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> submission = new HashMap<>(validSubmission());
        submission.put(field, value);
        return submission;
    }

    private static Map<String, Object> withChannel(Map<String, Object> submission, String channel) {
        Map<String, Object> copy = new HashMap<>(submission);
        copy.put("channel", channel);
        return copy;
    }
}

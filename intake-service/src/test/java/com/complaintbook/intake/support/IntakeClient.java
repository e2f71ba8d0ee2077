package com.complaintbook.intake.support;

import com.complaintbook.kit.security.StaffRole;
import com.complaintbook.kit.test.TestIdentityProvider;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;
import java.util.UUID;

/** Intake's HTTP API as terminals, the website, staff and customers use it. */
public final class IntakeClient {

    public static final String TERMINAL_KEY = "test-terminal-kyiv-001";
    public static final String WEBSITE_KEY = "test-website";
    public static final String REVOKED_KEY = "test-revoked";

    private final WebTestClient web;
    private final JsonMapper json;

    public IntakeClient(WebTestClient web, JsonMapper json) {
        this.web = web;
        this.json = json;
    }

    /** Posts a submission as the Kyiv terminal, with a fresh idempotency key. */
    public WebTestClient.ResponseSpec submitFromTerminal(Object body) {
        return submit(body, TERMINAL_KEY, UUID.randomUUID().toString());
    }

    public WebTestClient.ResponseSpec submit(Object body, String apiKey, String idempotencyKey) {
        return web.post().uri("/api/v1/complaints").contentType(MediaType.APPLICATION_JSON)
                .headers(headers -> {
                    if (apiKey != null) {
                        headers.set("X-API-Key", apiKey);
                    }
                    if (idempotencyKey != null) {
                        headers.set("Idempotency-Key", idempotencyKey);
                    }
                })
                .bodyValue(body)
                .exchange();
    }

    /** Submits from the terminal and returns the 202 answer's body. */
    public JsonNode submitted(Object body) {
        return json.readTree(submitFromTerminal(body).expectStatus().isAccepted()
                .expectHeader().exists("Location")
                .expectBody().returnResult().getResponseBody());
    }

    /**
     * A staff token for an employee from the tests' identity provider. Whether they may act on a
     * complaint (its assignee or above) is the aggregate's rule, not the token's.
     */
    public String staffToken(String staffId) {
        return TestIdentityProvider.shared().tokenFor(staffId, StaffRole.EMPLOYEE);
    }

    public WebTestClient.ResponseSpec answer(String complaintId, String staffId, Object body) {
        return web.post().uri("/api/v1/complaints/{id}/answer", complaintId)
                .headers(headers -> headers.setBearerAuth(staffToken(staffId)))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    public WebTestClient.ResponseSpec reject(String complaintId, String staffId, Object body) {
        return web.post().uri("/api/v1/complaints/{id}/rejection", complaintId)
                .headers(headers -> headers.setBearerAuth(staffToken(staffId)))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    /** The customer's status API, for the link a submission returned. */
    public static String linkPath(JsonNode accepted) {
        return "/api/v1/customer/complaints/" + token(accepted);
    }

    /** The customer's page: what the link itself opens. */
    public static String pagePath(JsonNode accepted) {
        return "/customer/" + token(accepted);
    }

    private static String token(JsonNode accepted) {
        String url = accepted.get("statusUrl").asString();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    public WebTestClient.ResponseSpec customerStatus(String linkPath) {
        return web.get().uri(linkPath).exchange();
    }

    public WebTestClient.ResponseSpec notSatisfied(String linkPath, String comment) {
        return web.post().uri(linkPath + "/not-satisfied").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("comment", comment)).exchange();
    }

    public WebTestClient.ResponseSpec accept(String linkPath) {
        return web.post().uri(linkPath + "/acceptance").exchange();
    }
}

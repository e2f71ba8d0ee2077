package com.complaintbook.intake;

import com.complaintbook.intake.support.IntakeClient;
import com.complaintbook.intake.support.IntakeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.HashMap;
import java.util.Map;

import static com.complaintbook.intake.support.IntakeClient.WEBSITE_KEY;
import static com.complaintbook.intake.support.IntakeClient.linkPath;
import static com.complaintbook.intake.support.Samples.validSubmission;

/** A client that spends its budget is told to wait, and only that client. */
@IntakeIntegrationTest
@TestPropertySource(properties = {
        "complaintbook.intake.rate-limits.per-api-key.burst=3",
        "complaintbook.intake.rate-limits.per-api-key.period=1h",
        "complaintbook.intake.rate-limits.per-customer-link.burst=2",
        "complaintbook.intake.rate-limits.per-customer-link.period=1h"})
class RateLimitIT {

    @Autowired WebTestClient web;
    @Autowired JsonMapper json;

    @Test
    void anApiKeyOverItsBudgetGets429WithRetryAfterWhileAnotherKeyGoesOn() {
        IntakeClient intake = new IntakeClient(web, json);
        Map<String, Object> fromTheWebsite = new HashMap<>(validSubmission());
        fromTheWebsite.put("channel", "website");

        for (int i = 0; i < 3; i++) {
            intake.submit(fromTheWebsite, WEBSITE_KEY, null).expectStatus().isAccepted();
        }
        intake.submit(fromTheWebsite, WEBSITE_KEY, null)
                .expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueMatches("Retry-After", "[1-9][0-9]*");
        intake.submitFromTerminal(validSubmission()).expectStatus().isAccepted();
    }

    @Test
    void aCustomerLinkOverItsBudgetGets429() {
        IntakeClient intake = new IntakeClient(web, json);
        JsonNode accepted = intake.submitted(validSubmission());

        intake.customerStatus(linkPath(accepted)).expectStatus().isOk();
        intake.customerStatus(linkPath(accepted)).expectStatus().isOk();
        intake.customerStatus(linkPath(accepted)).expectStatus().isEqualTo(429).expectHeader().exists("Retry-After");
    }
}

package com.complaintbook.localsystem.benchmark;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ComplaintBodiesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyCombinationOfStoreCategoryAndLanguageComesRound() {
        int combinations = Catalogue.STORES.size() * Catalogue.CATEGORIES.size() * Catalogue.LANGUAGES.size();
        Set<String> seen = new HashSet<>();
        for (long n = 0; n < combinations; n++) {
            JsonNode body = JSON.readTree(ComplaintBodies.body(n));
            seen.add(body.get("storeId").asString() + "/" + body.get("category").asString() + "/"
                    + body.get("language").asString());
        }

        assertThat(seen).hasSize(combinations);
    }

    @Test
    void eachBodyIsAWebsiteSubmissionTheReferenceEndpointAccepts() {
        ComplaintBodies bodies = new ComplaintBodies();
        for (int i = 0; i < 50; i++) {
            byte[] body = bodies.next();
            JsonNode submission = JSON.readTree(body);
            assertThat(submission.get("kind").asString()).isEqualTo("complaint");
            assertThat(submission.get("channel").asString()).isEqualTo("website");
            assertThat(submission.get("customer").get("email").asString()).endsWith("@benchmark.example");
            assertThat(ReferenceSubmissions.problemWith(body)).isEmpty();
        }
    }

    @Test
    void theReferenceEndpointRefusesWhatIntakeWouldRefuse() {
        assertThat(ReferenceSubmissions.problemWith("{".getBytes())).contains("not JSON");
        assertThat(ReferenceSubmissions.problemWith("{\"storeId\":\"paris-001\",\"category\":\"delivery\",\"text\":\"x\"}".getBytes()))
                .contains("unknown storeId");
        assertThat(ReferenceSubmissions.problemWith("{\"storeId\":\"kyiv-001\",\"category\":\"weather\",\"text\":\"x\"}".getBytes()))
                .contains("unknown category");
        assertThat(ReferenceSubmissions.problemWith("{\"storeId\":\"kyiv-001\",\"category\":\"delivery\",\"text\":\" \"}".getBytes()))
                .contains("text is required");
    }
}

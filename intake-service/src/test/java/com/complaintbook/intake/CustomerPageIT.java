package com.complaintbook.intake;

import com.complaintbook.contracts.Topics;
import com.complaintbook.intake.support.IntakeClient;
import com.complaintbook.intake.support.IntakeIntegrationTest;
import com.complaintbook.intake.support.TestCatalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.complaintbook.intake.support.IntakeClient.linkPath;
import static com.complaintbook.intake.support.IntakeClient.pagePath;
import static com.complaintbook.intake.support.Samples.CEO;
import static com.complaintbook.intake.support.Samples.CLERK;
import static com.complaintbook.intake.support.Samples.MANAGER;
import static com.complaintbook.intake.support.Samples.assignment;
import static com.complaintbook.intake.support.Samples.validSubmission;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What a customer sees and does after clicking the link in their letter, in their own language. */
@IntakeIntegrationTest
class CustomerPageIT {

    @Autowired WebTestClient web;
    @Autowired JsonMapper json;
    @Autowired KafkaTemplate<String, String> kafka;

    private IntakeClient intake;

    @BeforeEach
    void client() {
        intake = new IntakeClient(web, json);
    }

    @Test
    void theLinkInTheLetterOpensThePageInTheCustomersLanguage() {
        JsonNode accepted = intake.submitted(validSubmission());

        assertThat(accepted.get("statusUrl").asString()).endsWith(pagePath(accepted));
        assertThat(page(pagePath(accepted), 200))
                .contains("<html lang=\"uk\">", "Ваше звернення № " + accepted.get("reference").asString(), "Скарга");
    }

    @Test
    void thePageNamesTheStoreAndCategoryInTheCustomersLanguage() {
        Map<String, Object> inEnglish = new HashMap<>(validSubmission());
        inEnglish.put("language", "en");

        assertThat(page(pagePath(intake.submitted(validSubmission())), 200))
                .contains("Магазин: " + TestCatalogue.KYIV_001_NAME.uk() + ", " + TestCatalogue.KYIV_001_ADDRESS.uk(),
                        "Тема: " + TestCatalogue.DELIVERY_NAME.uk());
        assertThat(page(pagePath(intake.submitted(inEnglish)), 200))
                .contains("Store: " + TestCatalogue.KYIV_001_NAME.en() + ", " + TestCatalogue.KYIV_001_ADDRESS.en(),
                        "Subject: " + TestCatalogue.DELIVERY_NAME.en());
    }

    @Test
    void anAnsweredComplaintShowsTheAnswerSafelyAndBothButtons() {
        JsonNode accepted = assigned();
        intake.answer(accepted.get("complaintId").asString(), CLERK.id(),
                Map.of("text", "A new sofa <script>alert(1)</script> on Friday")).expectStatus().isNoContent();

        String html = page(pagePath(accepted), 200);

        assertThat(html).contains("A new sofa &lt;script&gt;alert(1)&lt;/script&gt; on Friday")
                .doesNotContain("<script>")
                .contains("Відповідь мене не задовольнила", "Приймаю відповідь");
    }

    @Test
    void pressingNotSatisfiedClimbsAndComesBackToThePage() {
        JsonNode accepted = assigned();
        intake.answer(accepted.get("complaintId").asString(), CLERK.id(), Map.of("text", "A voucher")).expectStatus().isNoContent();

        web.post().uri(pagePath(accepted) + "/not-satisfied")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("comment", "A voucher is not a sofa"))
                .exchange()
                .expectStatus().isSeeOther()
                .expectHeader().valueEquals("Location", pagePath(accepted));

        intake.customerStatus(linkPath(accepted)).expectBody().jsonPath("$.stage").isEqualTo("escalated");
        assertThat(page(pagePath(accepted), 200)).contains("Передано керівнику вищого рівня");
    }

    @Test
    void acceptingWhenThereIsNothingToAcceptSaysSoOnThePage() {
        JsonNode accepted = assigned();

        String html = new String(web.post().uri(pagePath(accepted) + "/acceptance").exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().returnResult().getResponseBody(), StandardCharsets.UTF_8);

        assertThat(html).contains("Зараз це неможливо");
    }

    @Test
    void aForgedLinkShowsNoComplaint() {
        JsonNode accepted = intake.submitted(validSubmission());

        assertThat(page(pagePath(accepted) + "x", 404)).contains("За цим посиланням звернення немає");
    }

    private JsonNode assigned() {
        JsonNode accepted = intake.submitted(validSubmission());
        String complaintId = accepted.get("complaintId").asString();
        kafka.send(Topics.COMPLAINT_COMMANDS, complaintId,
                json.writeValueAsString(assignment(complaintId, CLERK, 0, List.of(MANAGER, CEO)))).join();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> intake.customerStatus(linkPath(accepted))
                .expectBody().jsonPath("$.stage").isEqualTo("in-review"));
        return accepted;
    }

    private String page(String path, int status) {
        byte[] body = web.get().uri(path).accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody().returnResult().getResponseBody();
        return new String(body, StandardCharsets.UTF_8);
    }
}

package com.complaintbook.intake;

import com.complaintbook.contracts.catalogue.CatalogueEntryType;
import com.complaintbook.intake.support.EmbeddedPostgres;
import com.complaintbook.intake.support.IntakeClient;
import com.complaintbook.intake.support.TestCatalogue;
import com.complaintbook.intake.support.TestCatalogue.Version;
import io.micrometer.core.instrument.MeterRegistry;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static com.complaintbook.intake.support.IntakeClient.WEBSITE_KEY;
import static com.complaintbook.intake.support.Samples.validSubmission;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Intake follows routing's catalogue on its topic, version by version, without a restart: it is not
 * ready, and takes no submission, until a whole version is on the topic; it never applies entries
 * whose marker has not come, nor a marker they do not add up to; and a store removed or added by a new
 * version is refused or accepted within seconds. Its own application context and broker: it starts
 * with an empty catalogue topic, as a new installation would, not with the standard catalogue.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@Import({EmbeddedPostgres.class, TestCatalogue.TopicCreated.class})
@TestPropertySource(locations = "classpath:intake-test.properties")
class CatalogueIT {

    private static final Duration WITHIN_SECONDS = Duration.ofSeconds(5);
    /** Long enough for the reader, which polls every half second, to have applied anything it would. */
    private static final Duration NOTHING_CHANGES_FOR = Duration.ofSeconds(2);

    @Autowired WebTestClient web;
    @Autowired JsonMapper json;
    @Autowired MeterRegistry meters;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;

    @Test
    void theCatalogueIsFollowedVersionByVersionAndOnlyWholeVersionsAreApplied() {
        TestCatalogue catalogue = new TestCatalogue(bootstrapServers);
        IntakeClient intake = new IntakeClient(web, json);

        // Nothing published yet: not ready, and a submission is turned away to be retried.
        readiness().expectStatus().isEqualTo(503).expectBody().jsonPath("$.components.catalogue.status").isEqualTo("DOWN");
        submitForStore(intake, "kyiv-001").expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "5");
        web.get().uri("/api/v1/catalogue").exchange().expectStatus().isEqualTo(503);

        // Version 1's entries, its marker not yet written: nothing is applied.
        Version first = TestCatalogue.standard();
        catalogue.publishEntriesOnly(1, first.withoutStore("dnipro-001"));
        Awaitility.await().during(NOTHING_CHANGES_FOR).atMost(NOTHING_CHANGES_FOR.plusSeconds(3)).untilAsserted(() ->
                readiness().expectStatus().isEqualTo(503));

        // A marker the entries read do not add up to (one store is still missing): still nothing.
        catalogue.publishMarker(1, first.marker(1));
        Awaitility.await().atMost(WITHIN_SECONDS).until(() -> counted("complaintbook.intake.catalogue.versions.incomplete") == 1);
        readiness().expectStatus().isEqualTo(503);
        submitForStore(intake, "kyiv-001").expectStatus().isEqualTo(503);

        // The missing store and the marker again: version 1 is whole, intake ready within seconds.
        catalogue.publish(1, first);
        Awaitility.await().atMost(WITHIN_SECONDS).untilAsserted(() -> readiness().expectStatus().isOk()
                .expectBody().jsonPath("$.components.catalogue.status").isEqualTo("UP"));
        submitForStore(intake, "lviv-001").expectStatus().isAccepted();
        submitForStore(intake, "odesa-002").expectStatus().isEqualTo(422);
        String acceptedBeforeTheStoreLeft = intake.submit(with("storeId", "lviv-001"), WEBSITE_KEY, "retried-later")
                .expectStatus().isAccepted()
                .expectBody(String.class).returnResult().getResponseBody();

        // Version 2 removes lviv-001 and adds odesa-002. Its entries alone change nothing, even once the
        // reader has certainly read past them (it has reached the unreadable record written after them).
        Version second = first.withoutStore("lviv-001").withStore(TestCatalogue.store("odesa-002", "Odesa, Arcadia", "south-east"));
        catalogue.publishTombstone(CatalogueEntryType.STORE, "lviv-001");
        catalogue.publishEntriesOnly(2, second);
        catalogue.publishUnreadable(CatalogueEntryType.STORE, "garbled");
        Awaitility.await().atMost(WITHIN_SECONDS).until(() -> counted("complaintbook.intake.catalogue.records.unreadable") == 1);
        submitForStore(intake, "lviv-001").expectStatus().isAccepted();
        submitForStore(intake, "odesa-002").expectStatus().isEqualTo(422);

        // Its marker: the removed store is refused and the added one accepted, without a restart.
        catalogue.publishMarker(2, second.marker(2));
        Awaitility.await().atMost(WITHIN_SECONDS).untilAsserted(() -> {
            submitForStore(intake, "lviv-001").expectStatus().isEqualTo(422)
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("storeId");
            submitForStore(intake, "odesa-002").expectStatus().isAccepted();
        });
        // A retry of a submission accepted while its store existed gets its receipt, not a refusal.
        JsonNode retried = json.readTree(intake.submit(with("storeId", "lviv-001"), WEBSITE_KEY, "retried-later")
                .expectStatus().isAccepted()
                .expectBody(String.class).returnResult().getResponseBody());
        JsonNode original = json.readTree(acceptedBeforeTheStoreLeft);
        assertThat(retried.get("complaintId")).isEqualTo(original.get("complaintId"));
        assertThat(retried.get("reference")).isEqualTo(original.get("reference"));
        intake.submit(with("storeId", "lviv-001"), WEBSITE_KEY, "a-fresh-key").expectStatus().isEqualTo(422);
        web.get().uri("/api/v1/catalogue").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.version").isEqualTo(2)
                .jsonPath("$.stores[?(@.id == 'lviv-001')]").isEmpty();
        assertThat(meters.get("complaintbook.intake.catalogue.version").gauge().value()).isEqualTo(2.0);
        assertThat(meters.get("complaintbook.intake.catalogue.entries").tag("type", "store").gauge().value())
                .isEqualTo(second.stores().size());

        // Two routing replicas: one writes version 3's entries (odesa-002 renamed), the other's version 2
        // marker lands after them. The counts hold over the mix; the digest does not, so nothing applies.
        String etagOfTwo = catalogueEtag();
        Version third = second.withoutStore("odesa-002")
                .withStore(TestCatalogue.store("odesa-002", "Odesa, Arcadia Beach", "south-east"));
        catalogue.publishEntriesOnly(3, third);
        catalogue.publishMarker(2, second.marker(2));
        Awaitility.await().atMost(WITHIN_SECONDS).until(() -> counted("complaintbook.intake.catalogue.versions.incomplete") == 2);
        web.get().uri("/api/v1/catalogue").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.stores[?(@.id == 'odesa-002')].name.en").isEqualTo("Odesa, Arcadia");

        // A marker that does describe what was read, under the same version number (as when absences
        // begin or end within a version): applied, and the ETag, a hash of the content, changes with it.
        catalogue.publishMarker(2, third.marker(2));
        Awaitility.await().atMost(WITHIN_SECONDS).until(() -> !catalogueEtag().equals(etagOfTwo));
        web.get().uri("/api/v1/catalogue").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.stores[?(@.id == 'odesa-002')].name.en").isEqualTo("Odesa, Arcadia Beach");
    }

    private String catalogueEtag() {
        return web.get().uri("/api/v1/catalogue").exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getETag();
    }

    private WebTestClient.ResponseSpec readiness() {
        return web.get().uri("/actuator/health/readiness").exchange();
    }

    private WebTestClient.ResponseSpec submitForStore(IntakeClient intake, String storeId) {
        return intake.submit(with("storeId", storeId), WEBSITE_KEY, null);
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> submission = new HashMap<>(validSubmission());
        submission.put("channel", "website");
        submission.put(field, value);
        return submission;
    }

    private double counted(String name) {
        return meters.find(name).counters().stream().mapToDouble(counter -> counter.count()).sum();
    }
}

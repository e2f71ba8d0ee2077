package com.complaintbook.routing;

import com.complaintbook.contracts.Topics;
import com.complaintbook.kit.security.StaffRole;
import com.complaintbook.kit.test.EmbeddedMongo;
import com.complaintbook.kit.test.TestIdentityProvider;
import com.complaintbook.kit.test.TopicRecorder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The organisation admin API on the running service, which starts with no organisation at all: it
 * takes no events and is not ready until a valid document is imported; a bad one is refused whole
 * with every problem named and changes nothing; an accepted one reaches the catalogue topic within
 * seconds; an export imports again unchanged. The tests build on each other, in order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "complaintbook.routing.organisation-api.max-document-size=64KB")
@EmbeddedKafka(topics = Topics.COMPLAINT_EVENTS, partitions = 1,
        bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@AutoConfigureWebTestClient
@Import(EmbeddedMongo.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OrganisationApiIT {

    private static final Duration WITHIN_SECONDS = Duration.ofSeconds(10);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final MediaType YAML = MediaType.parseMediaType("application/yaml");
    private static final String ORGANISATION = "/api/v1/organisation";

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    WebTestClient anonymous;

    private WebTestClient admin;
    private WebTestClient manager;
    private TopicRecorder catalogue;

    @BeforeEach
    void signIn() {
        admin = TestIdentityProvider.shared().asStaff(anonymous, "an-admin", StaffRole.ADMIN);
        manager = TestIdentityProvider.shared().asStaff(anonymous, "a-manager", StaffRole.MANAGER);
        catalogue = new TopicRecorder(broker.getBrokersAsString(), Topics.CATALOGUE);
    }

    @AfterEach
    void disconnect() {
        catalogue.close();
    }

    @Test
    @Order(1)
    void givenNoOrganisation_thenRoutingIsNotReadyAndThereIsNothingToExport() {
        anonymous.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.components.organisation.status").isEqualTo("DOWN");
        manager.get().uri(ORGANISATION).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    @Order(2)
    void givenAFileWithACycleTwoTopsAndAStoreWithoutManager_whenImportedAsYaml_thenEveryProblemIsNamedAndNothingChanges() {
        String broken = testOrganisation()
                .replace("holder: d-operations, reportsTo: ceo", "holder: d-operations, reportsTo: logistics-head")
                .replace("holder: e-customer-care, reportsTo: operations-director", "holder: e-customer-care")
                .replace("    manager: kyiv-001-manager\n", "");

        JsonNode problem = put(admin, YAML, broken, 422);

        assertThat(problem.get("title").asString()).isEqualTo("Invalid organisation");
        List<String> errors = problem.get("errors").valueStream().map(JsonNode::asString).toList();
        assertThat(errors)
                .anySatisfy(error -> assertThat(error).contains("operations-director", "logistics-head", "->"))
                .anySatisfy(error -> assertThat(error).contains("ceo", "customer-care-lead"))
                .anySatisfy(error -> assertThat(error).contains("kyiv-001", "manager"));
        manager.get().uri(ORGANISATION).exchange().expectStatus().isNotFound();
    }

    @Test
    @Order(3)
    void givenTheSameBrokenFileAsJson_whenImported_thenItIsRefusedAlike() {
        String json = new String(admin.put().uri(ORGANISATION + "?dryRun=true").contentType(YAML)
                .bodyValue(testOrganisation()).exchange().expectStatus().isOk().expectBody().returnResult()
                .getResponseBody(), StandardCharsets.UTF_8);
        assertThat(JSON.readTree(json).get("dryRun").asBoolean()).isTrue();
        String document = "{\"positions\": [{\"id\": \"a\", \"title\": \"A\", \"reportsTo\": \"b\"},"
                + " {\"id\": \"b\", \"title\": \"B\", \"reportsTo\": \"a\"}]}";

        JsonNode problem = put(admin, MediaType.APPLICATION_JSON, document, 422);

        assertThat(problem.get("errors").valueStream().map(JsonNode::asString).toList())
                .anySatisfy(error -> assertThat(error).containsAnyOf("a -> b -> a", "b -> a -> b"))
                .hasSizeGreaterThan(1);
        manager.get().uri(ORGANISATION).exchange().expectStatus().isNotFound();
    }

    @Test
    @Order(4)
    void givenAValidFile_whenImported_thenItIsVersionOneRoutingIsReadyAndTheCatalogueFollowsWithinSeconds() {
        JsonNode accepted = put(admin, YAML, testOrganisation(), 200);

        assertThat(accepted.get("version").asLong()).isEqualTo(1);
        assertThat(accepted.get("changed").asBoolean()).isTrue();
        assertThat(accepted.get("changes").get("added").get("stores").get(0).asString()).isEqualTo("kyiv-001");
        await().atMost(WITHIN_SECONDS).untilAsserted(() -> {
            assertThat(marker().get("version").asLong()).isEqualTo(1);
            anonymous.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        });
    }

    @Test
    @Order(5)
    void givenTheExport_whenImportedAgainInEitherSyntax_thenNothingChanges() {
        String yaml = new String(manager.get().uri(ORGANISATION).accept(YAML).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"1\"")
                .expectBody().returnResult().getResponseBody(), StandardCharsets.UTF_8);
        String json = new String(manager.get().uri(ORGANISATION).accept(MediaType.APPLICATION_JSON).exchange()
                .expectStatus().isOk().expectBody().returnResult().getResponseBody(), StandardCharsets.UTF_8);

        JsonNode fromYaml = put(admin, YAML, yaml, 200);
        JsonNode fromJson = put(admin, MediaType.APPLICATION_JSON, json, 200);

        assertThat(fromYaml.get("changed").asBoolean()).isFalse();
        assertThat(fromYaml.get("version").asLong()).isEqualTo(1);
        assertThat(fromJson.get("changed").asBoolean()).isFalse();
        assertThat(yaml).contains("role: store-manager");
        String legacyYaml = new String(manager.get().uri(ORGANISATION)
                .accept(MediaType.parseMediaType("application/x-yaml")).exchange()
                .expectStatus().isOk().expectBody().returnResult().getResponseBody(), StandardCharsets.UTF_8);
        assertThat(legacyYaml).as("the older YAML media type names the same export").isEqualTo(yaml);
    }

    @Test
    @Order(6)
    void givenAnImportBasedOnAnotherVersion_whenImported_thenItIsRefusedAsStale() {
        JsonNode problem = JSON.readTree(admin.put().uri(ORGANISATION).contentType(YAML).header("If-Match", "\"7\"")
                .bodyValue(withoutCategoryOther()).exchange()
                .expectStatus().isEqualTo(412)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().returnResult().getResponseBody());

        assertThat(problem.get("detail").asString()).contains("7", "1");
    }

    @Test
    @Order(7)
    void givenACategoryRemoved_whenImported_thenItsTombstoneAndTheNewMarkerReachTheCatalogueWithinSeconds() {
        JsonNode accepted = JSON.readTree(admin.put().uri(ORGANISATION).contentType(YAML).header("If-Match", "\"1\"")
                .bodyValue(withoutCategoryOther()).exchange()
                .expectStatus().isOk().expectBody().returnResult().getResponseBody());

        assertThat(accepted.get("version").asLong()).isEqualTo(2);
        assertThat(accepted.get("changes").get("removed").get("categories").get(0).asString()).isEqualTo("other");
        await().atMost(WITHIN_SECONDS).untilAsserted(() -> {
            assertThat(marker().get("version").asLong()).isEqualTo(2);
            assertThat(marker().get("categories").asInt()).isEqualTo(4);
            assertThat(catalogue.records(Topics.CATALOGUE, "category/other")).last()
                    .satisfies(tombstone -> assertThat(tombstone.value()).isNull());
        });
        manager.get().uri(ORGANISATION + "/changes").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.changes[0].version").isEqualTo(2)
                .jsonPath("$.changes[0].type").isEqualTo("OrganisationChanged")
                .jsonPath("$.changes[0].by").isEqualTo("an-admin")
                .jsonPath("$.changes[1].version").isEqualTo(1)
                .jsonPath("$.next").doesNotExist();
        manager.get().uri(ORGANISATION + "/changes?limit=1").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.changes.length()").isEqualTo(1)
                .jsonPath("$.changes[0].version").isEqualTo(2)
                .jsonPath("$.next").isEqualTo(2);
        manager.get().uri(ORGANISATION + "/changes?limit=1&before=2").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.changes.length()").isEqualTo(1)
                .jsonPath("$.changes[0].version").isEqualTo(1)
                .jsonPath("$.next").doesNotExist();
        manager.get().uri(ORGANISATION + "/changes?limit=0").exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        manager.get().uri(ORGANISATION + "/versions").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.versions.length()").isEqualTo(2)
                .jsonPath("$.versions[1].source").isEqualTo("api");
    }

    @Test
    @Order(8)
    void givenTheChartAndRules_whenRead_thenTheyShowTheVersionInForce() {
        manager.get().uri(ORGANISATION + "/chart").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.version").isEqualTo(2)
                .jsonPath("$.top.id").isEqualTo("ceo")
                .jsonPath("$.top.holder.id").isEqualTo("ceo")
                .jsonPath("$.top.vacant").isEqualTo(false)
                .jsonPath("$.top.reports[0].id").isEqualTo("operations-director");
        manager.get().uri(ORGANISATION + "/rules").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.rules[2].target.role").isEqualTo("store-manager")
                .jsonPath("$.defaultOwner.position").isEqualTo("customer-care-lead")
                .jsonPath("$.sla.length()").isEqualTo(4);
        manager.get().uri(ORGANISATION + "/chart?at=yesterday").exchange().expectStatus().isBadRequest();
        manager.get().uri("/api/v1/routing/complaints/never-seen").exchange().expectStatus().isNotFound();
    }

    @Test
    @Order(9)
    void givenNoTokenOrNoAdminRole_whenImporting_thenItIsRefused() {
        anonymous.put().uri(ORGANISATION).contentType(YAML).bodyValue(testOrganisation()).exchange()
                .expectStatus().isUnauthorized();
        manager.put().uri(ORGANISATION).contentType(YAML).bodyValue(testOrganisation()).exchange()
                .expectStatus().isForbidden();
        anonymous.get().uri(ORGANISATION).exchange().expectStatus().isUnauthorized();
        TestIdentityProvider.shared().asStaff(anonymous, "an-employee", StaffRole.EMPLOYEE)
                .get().uri(ORGANISATION).exchange().expectStatus().isForbidden();
    }

    @Test
    @Order(10)
    void givenADocumentAboveTheLimitOrOfAnotherType_whenImported_thenItIsRefused() {
        String tooLarge = testOrganisation() + "#" + "x".repeat(70 * 1024) + "\n";
        admin.put().uri(ORGANISATION).contentType(YAML).bodyValue(tooLarge).exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        admin.put().uri(ORGANISATION).contentType(MediaType.TEXT_PLAIN).bodyValue(testOrganisation()).exchange()
                .expectStatus().isEqualTo(415)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        admin.put().uri(ORGANISATION).contentType(YAML).bodyValue("staff: [{id: a, nmae: typo}]").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0]").value(error -> assertThat((String) error).contains("nmae"));
        manager.get().uri(ORGANISATION + "/versions").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.versions.length()").isEqualTo(2);
    }

    private JsonNode put(WebTestClient client, MediaType type, String body, int status) {
        return JSON.readTree(client.put().uri(ORGANISATION).contentType(type).bodyValue(body).exchange()
                .expectStatus().isEqualTo(status)
                .expectBody().returnResult().getResponseBody());
    }

    /** The last version marker on the catalogue topic. */
    private JsonNode marker() {
        List<ConsumerRecord<String, String>> markers = catalogue.records(Topics.CATALOGUE, "version");
        assertThat(markers).isNotEmpty();
        return JSON.readTree(markers.get(markers.size() - 1).value()).get("entry");
    }

    private static String withoutCategoryOther() {
        return testOrganisation().replace("  - {id: other, name: {ru: Другое, uk: Інше, en: Other}}\n", "");
    }

    private static String testOrganisation() {
        try (InputStream in = OrganisationApiIT.class.getResourceAsStream("/organisation/test-organisation.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

package com.complaintbook.localsystem;

import com.complaintbook.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole system, started the way the README's run command starts it: a real PostgreSQL server
 * and a real Kafka broker, each in its own process, the MongoDB wire-protocol server, the SMTP
 * server, and the five services from their runnable jars. A complaint posted to intake must be
 * stored, published in order, assigned by routing, mailed to customer and employee, visible in
 * reporting, and its deadline held by escalation.
 */
class CompleteSystemIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    static Path dataDirectory;

    private static LocalSystem system;

    @BeforeAll
    static void startTheSystem() throws Exception {
        system = new LocalSystem(TestSystems.settings(dataDirectory));
        system.start();
    }

    @AfterAll
    static void stopTheSystem() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void aComplaintFromATerminalIsStoredPublishedAssignedMailedAndReported() throws Exception {
        String customer = "olena." + UUID.randomUUID() + "@example.com";
        JsonNode accepted = submitFromTheKyivTerminal(customer);
        String complaintId = accepted.get("complaintId").asString();
        String reference = accepted.get("reference").asString();

        List<JsonNode> stream = awaitEvents(complaintId, 2);
        assertThat(stream).extracting(event -> event.get("type").asString())
                .containsExactly("ComplaintSubmitted", "ComplaintAssigned");
        assertThat(stream).extracting(event -> event.get("sequence").asLong()).containsExactly(0L, 1L);
        JsonNode assignment = stream.get(1).get("payload");
        assertThat(assignment.get("assignee").get("id").asString()).isEqualTo("ivan.petrenko");
        assertThat(assignment.get("managers")).extracting(manager -> manager.get("id").asString())
                .containsExactly("oksana.tkachenko", "maria.kovalenko", "taras.bondarenko");

        try (Connection postgres = DriverManager.getConnection(system.postgresJdbcUrl("intake"), "postgres", "");
             PreparedStatement query = postgres.prepareStatement(
                     "SELECT event_identifier FROM domain_event_entry WHERE aggregate_identifier = ?")) {
            query.setString(1, complaintId);
            List<String> stored = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    stored.add(rows.getString(1));
                }
            }
            assertThat(stored).containsExactlyInAnyOrder(stream.get(0).get("eventId").asString(),
                    stream.get(1).get("eventId").asString());
        }

        JsonNode customerMail = awaitMail(customer);
        assertThat(customerMail.get("body").asString()).contains(reference).doesNotContain(complaintId);
        JsonNode employeeMail = awaitMail("ivan.petrenko@retail.example");
        assertThat(employeeMail.get("body").asString()).contains(reference);

        URI view = system.serviceUri("reporting-service").resolve("/api/v1/complaints/" + complaintId);
        assertThat(HTTP.send(HttpRequest.newBuilder(view).GET().build(), HttpResponse.BodyHandlers.discarding())
                .statusCode()).as("reporting without a staff token").isEqualTo(401);
        String analyst = staffToken("sofiia.bilyk", "analyst");
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode viewed = getJson(view, analyst);
            assertThat(viewed.get("status").asString()).isEqualTo("ASSIGNED");
            assertThat(viewed.get("reference").asString()).isEqualTo(reference);
            assertThat(viewed.get("assignee").get("id").asString()).isEqualTo("ivan.petrenko");
            assertThat(viewed.get("deadline").asString()).isEqualTo(assignment.get("deadline").asString());
        });
        JsonNode counts = getJson(system.serviceUri("reporting-service").resolve("/api/v1/reports/status-counts"), analyst);
        assertThat(counts.get("ASSIGNED").asInt()).isGreaterThanOrEqualTo(1);

        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode deadline = getJson(system.serviceUri("escalation-service").resolve("/api/v1/deadlines/" + complaintId),
                    analyst);
            assertThat(deadline.toString()).contains(assignment.get("deadline").asString()).contains("OPEN");
        });
    }

    @Test
    void anUnsatisfiedCustomerTakesTheComplaintUpTheChainToTheCeoWhoseAnswerIsFinal() throws Exception {
        JsonNode accepted = submitFromTheKyivTerminal("taras." + UUID.randomUUID() + "@example.com");
        String complaintId = accepted.get("complaintId").asString();
        String statusUrl = accepted.get("statusUrl").asString();
        URI link = system.serviceUri("intake-service")
                .resolve("/api/v1/customer/complaints/" + statusUrl.substring(statusUrl.lastIndexOf('/') + 1));

        List<String> chain = List.of("ivan.petrenko", "oksana.tkachenko", "maria.kovalenko", "taras.bondarenko");
        for (int level = 0; level < chain.size(); level++) {
            int expectedLevel = level;
            await().atMost(PATIENCE).untilAsserted(() -> {
                JsonNode status = getJson(link);
                assertThat(status.get("stage").asString()).isEqualTo("in-review");
                assertThat(status.get("level").asInt()).isEqualTo(expectedLevel);
            });
            HttpResponse<String> answered = post(system.serviceUri("intake-service")
                            .resolve("/api/v1/complaints/" + complaintId + "/answer"),
                    "{\"text\":\"Answer from level " + level + "\"}",
                    staffToken(chain.get(level), level == 0 ? "employee" : "manager"));
            assertThat(answered.statusCode()).as(answered.body()).isEqualTo(204);
            if (level < chain.size() - 1) {
                HttpResponse<String> appeal = post(URI.create(link + "/not-satisfied"), "{\"comment\":\"Still not right\"}", null);
                assertThat(appeal.statusCode()).as(appeal.body()).isEqualTo(200);
            }
        }

        JsonNode last = getJson(link);
        assertThat(last.get("stage").asString()).isEqualTo("closed");
        assertThat(last.get("finalAnswer").asBoolean()).isTrue();
        assertThat(last.get("answer").get("text").asString()).isEqualTo("Answer from level 3");
        assertThat(post(URI.create(link + "/not-satisfied"), "{}", null).statusCode()).isEqualTo(409);

        List<JsonNode> stream = awaitEvents(complaintId, 13);
        assertThat(stream).filteredOn(event -> event.get("type").asString().equals("ComplaintAssigned"))
                .extracting(event -> event.get("payload").get("assignee").get("id").asString())
                .containsExactlyElementsOf(chain);
        assertThat(stream).filteredOn(event -> event.get("type").asString().equals("ComplaintEscalated"))
                .extracting(event -> event.get("payload").get("reason").asString() + " from "
                        + event.get("payload").get("previousAssignee").asString())
                .containsExactly("customer-not-satisfied from ivan.petrenko", "customer-not-satisfied from oksana.tkachenko",
                        "customer-not-satisfied from maria.kovalenko");
        assertThat(stream).extracting(event -> event.get("type").asString()).containsExactly(
                "ComplaintSubmitted", "ComplaintAssigned", "ComplaintAnswered",
                "ComplaintEscalated", "ComplaintAssigned", "ComplaintAnswered",
                "ComplaintEscalated", "ComplaintAssigned", "ComplaintAnswered",
                "ComplaintEscalated", "ComplaintAssigned", "ComplaintAnswered", "ComplaintClosed");
    }

    private static JsonNode submitFromTheKyivTerminal(String customerEmail) throws IOException, InterruptedException {
        HttpResponse<String> accepted = HTTP.send(HttpRequest.newBuilder(
                                system.serviceUri("intake-service").resolve("/api/v1/complaints"))
                        .header("Content-Type", "application/json")
                        .header("X-API-Key", "local-terminal-kyiv-001")
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.ofString("""
                                {"kind":"complaint","channel":"terminal","storeId":"kyiv-001","category":"delivery",
                                 "text":"The sofa arrived two weeks late and scratched.",
                                 "customer":{"name":"Olena","email":"%s"},"language":"uk"}
                                """.formatted(customerEmail))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        return JSON.readTree(accepted.body());
    }

    /** A token from the local identity provider, asked for as a person on the local run would. */
    private static String staffToken(String staffId, String role) throws IOException, InterruptedException {
        HttpResponse<String> issued = post(system.identityProvider().issuer().resolve("/tokens"),
                "{\"staffId\":\"" + staffId + "\",\"roles\":[\"" + role + "\"]}", null);
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        return JSON.readTree(issued.body()).get("token").asString();
    }

    private static List<JsonNode> awaitEvents(String complaintId, int count) {
        List<JsonNode> events = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, system.settings().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "system-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.COMPLAINT_EVENTS));
            await().atMost(PATIENCE).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(250))) {
                    if (complaintId.equals(record.key())) {
                        events.add(JSON.readTree(record.value()));
                    }
                }
                return events.size() >= count;
            });
        }
        return events;
    }

    private static JsonNode awaitMail(String recipient) {
        URI inbox = system.inboxUri().resolve("/api/messages?to=" + URLEncoder.encode(recipient, StandardCharsets.UTF_8));
        return await().atMost(PATIENCE).until(() -> getJson(inbox), mails -> mails.size() == 1).get(0);
    }

    private static HttpResponse<String> post(URI uri, String json, String bearer) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode getJson(URI uri) throws IOException, InterruptedException {
        return getJson(uri, null);
    }

    private static JsonNode getJson(URI uri, String bearer) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s", uri).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}

package com.complaintbook.intake;

import com.complaintbook.contracts.Topics;
import com.complaintbook.intake.support.IntakeClient;
import com.complaintbook.intake.support.StoredEvents;
import com.complaintbook.intake.support.TestCatalogue;
import com.complaintbook.kit.kafka.ConsumerFailurePolicy;
import com.complaintbook.kit.test.TopicRecorder;
import com.complaintbook.postgres.PostgresServer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static com.complaintbook.intake.support.Samples.CEO;
import static com.complaintbook.intake.support.Samples.CLERK;
import static com.complaintbook.intake.support.Samples.MANAGER;
import static com.complaintbook.intake.support.Samples.assignment;
import static com.complaintbook.intake.support.Samples.validSubmission;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * PostgreSQL goes away and comes back. A command arriving meanwhile: the kit's failure policy holds
 * it, parks nothing, says so on readiness ({@code consumers}), and it is stored once PostgreSQL is
 * back. An HTTP request meanwhile: 503 problem+json with Retry-After within seconds, nothing of it
 * stored, and the same request goes through once PostgreSQL is back. The server is this test's own, on a fixed port and a
 * data folder that outlives a stop, so that it can be started again where intake looks for it.
 * Retries are quick here (100 ms to 1 s) to keep the test short.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "complaintbook.kafka.retry.initial-interval=100ms",
        "complaintbook.kafka.retry.max-interval=1s",
        "management.endpoint.health.show-details=always"})
@AutoConfigureWebTestClient
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@TestPropertySource(locations = "classpath:intake-test.properties")
@Import({PostgresOutageIT.RestartablePostgres.class, TestCatalogue.PublishedBeforeStart.class})
class PostgresOutageIT {

    private static final String GROUP = "intake-service";
    private static final String DEAD_LETTERS = Topics.deadLetterTopic(Topics.COMPLAINT_COMMANDS, GROUP);
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** A functional bound: above the pool's 2 s wait for a connection, far below the 30 s the issue found. */
    private static final Duration PROMPTLY = Duration.ofSeconds(5);
    private static final PostgresServer.Settings SETTINGS = settings();

    private static PostgresServer postgres = start();

    @Autowired WebTestClient web;
    @Autowired EmbeddedKafkaBroker broker;
    @Autowired KafkaTemplate<String, String> kafka;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired MeterRegistry meters;

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
        try (Stream<Path> files = Files.walk(SETTINGS.dataDirectory().getParent())) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }

    @Test
    void givenPostgresDownWhileAnAssignmentArrives_thenItIsHeldNotParkedAndStoredOnceItIsBack() {
        String complaintId = new IntakeClient(web, json).submitted(validSubmission()).get("complaintId").asString();
        assertThat(stored().of(complaintId)).isEqualTo(1);

        try (TopicRecorder deadLetters = new TopicRecorder(broker.getBrokersAsString(), DEAD_LETTERS)) {
            postgres.close();
            var command = assignment(complaintId, CLERK, 0, List.of(MANAGER, CEO));
            kafka.send(Topics.COMPLAINT_COMMANDS, complaintId, json.writeValueAsString(command)).join();

            await().atMost(PATIENCE).untilAsserted(() -> web.get().uri("/actuator/health/consumers").exchange()
                    .expectStatus().isEqualTo(503)
                    .expectBody()
                    .jsonPath("$.status").isEqualTo("DOWN")
                    .jsonPath("$.details.group").isEqualTo(GROUP));
            // Held well past the point where the old bounded retries (3, a second apart) parked the command.
            await().atMost(PATIENCE).until(() -> heldAttempts() >= 6);
            web.get().uri("/actuator/health/readiness").exchange().expectStatus().isEqualTo(503);

            postgres = start();

            // The pool takes a moment to find the server again: a query may still fail meanwhile.
            await().atMost(PATIENCE).ignoreExceptions()
                    .untilAsserted(() -> assertThat(stored().of(complaintId)).isEqualTo(2));
            await().atMost(PATIENCE).untilAsserted(() ->
                    web.get().uri("/actuator/health/consumers").exchange().expectStatus().isOk());
            assertThat(stored().ofType("Assigned")).isGreaterThanOrEqualTo(1);
            assertThat(deadLetters.records(DEAD_LETTERS)).as("nothing parked on %s", DEAD_LETTERS).isEmpty();
        }
        assertThat(meters.find(ConsumerFailurePolicy.DEAD_LETTERED).counters().stream()
                .mapToDouble(Counter::count).sum()).isZero();
    }

    @Test
    void givenPostgresDown_thenRequestsAre503WithinSecondsNothingIsStoredAndTheyGoThroughOnceItIsBack() {
        IntakeClient client = new IntakeClient(web, json);
        JsonNode accepted = client.submitted(validSubmission());
        String complaintId = accepted.get("complaintId").asString();
        String link = IntakeClient.linkPath(accepted);
        String staffToken = client.staffToken(CLERK.id());
        String key = UUID.randomUUID().toString();
        Map<String, Object> submission = validSubmission();
        long events = stored().all();
        long references = rows("complaint_reference");
        long claims = rows("submission_key");

        postgres.close();
        try {
            assertUnavailablePromptly("submission", () -> client.submit(submission, IntakeClient.TERMINAL_KEY, key));
            assertUnavailablePromptly("customer's status", () -> client.customerStatus(link));
            assertUnavailablePromptly("staff answer", () -> web.post().uri("/api/v1/complaints/{id}/answer", complaintId)
                    .headers(headers -> headers.setBearerAuth(staffToken))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("text", "A new sofa on Friday."))
                    .exchange());
            // What needs no database is refused as before.
            client.submit(Map.of("kind", "complaint"), IntakeClient.TERMINAL_KEY, UUID.randomUUID().toString())
                    .expectStatus().isBadRequest();
            long started = System.nanoTime();
            await().atMost(PATIENCE).untilAsserted(() ->
                    web.get().uri("/actuator/health/readiness").exchange().expectStatus().isEqualTo(503));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("readiness says DOWN promptly")
                    .isLessThan(PROMPTLY);
        } finally {
            postgres = start();
        }

        // The pool takes a moment to find the server again: a request may still be refused meanwhile.
        await().atMost(PATIENCE).untilAsserted(() -> client.customerStatus(link).expectStatus().isOk());
        assertThat(stored().all()).as("nothing of the refused requests was stored").isEqualTo(events);
        assertThat(rows("complaint_reference")).isEqualTo(references);
        assertThat(rows("submission_key")).as("the refused submission's key was not claimed").isEqualTo(claims);

        // The terminal's retry with the same key is a fresh submission, stored once.
        String retried = json.readTree(client.submit(submission, IntakeClient.TERMINAL_KEY, key)
                .expectStatus().isAccepted().expectBody().returnResult().getResponseBody())
                .get("complaintId").asString();
        assertThat(stored().of(retried)).isEqualTo(1);
        assertThat(rows("submission_key")).isEqualTo(claims + 1);
    }

    /** 503 problem+json with Retry-After, well before the driver's or a pool's long waits would end. */
    private void assertUnavailablePromptly(String what, Supplier<WebTestClient.ResponseSpec> request) {
        long started = System.nanoTime();
        request.get()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("Retry-After", "5")
                .expectBody()
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.title").isEqualTo("Temporarily unavailable")
                .jsonPath("$.trace").doesNotExist();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("%s answered within seconds", what)
                .isLessThan(PROMPTLY);
    }

    private long rows(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    /** The most attempts any held partition has made at its record, as the consumers health contributor tells. */
    private int heldAttempts() {
        String body = web.get().uri("/actuator/health/consumers").exchange()
                .expectBody(String.class).returnResult().getResponseBody();
        return json.readTree(body).path("details").path("retrying").valueStream()
                .mapToInt(held -> held.path("attempts").asInt()).max().orElse(0);
    }

    private StoredEvents stored() {
        return new StoredEvents(jdbc);
    }

    private static PostgresServer.Settings settings() {
        try {
            Path folder = Files.createTempDirectory("intake-outage-postgres-");
            folder.toFile().setExecutable(true, false);
            try (ServerSocket socket = new ServerSocket(0)) {
                return new PostgresServer.Settings(folder.resolve("data"), socket.getLocalPort(),
                        folder.resolve("postgres.log"), PostgresServer.Settings.defaultBinariesCache(),
                        Map.of("fsync", "off", "synchronous_commit", "off", "full_page_writes", "off"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PostgresServer start() {
        try {
            PostgresServer server = PostgresServer.start(SETTINGS);
            server.createDatabase("intake");
            return server;
        } catch (Exception e) {
            throw new IllegalStateException("PostgreSQL did not start", e);
        }
    }

    /** Intake's data source on this test's server, wherever it has been restarted. */
    @TestConfiguration(proxyBeanMethods = false)
    static class RestartablePostgres {

        @Bean
        JdbcConnectionDetails jdbcConnectionDetails() {
            return new JdbcConnectionDetails() {
                @Override
                public String getUsername() {
                    return PostgresServer.USER;
                }

                @Override
                public String getPassword() {
                    return "";
                }

                @Override
                public String getJdbcUrl() {
                    return "jdbc:postgresql://localhost:" + SETTINGS.port() + "/intake";
                }
            };
        }
    }
}

package com.complaintbook.localsystem;

import com.complaintbook.contracts.StaffMember;
import com.complaintbook.contracts.Topics;
import com.complaintbook.contracts.commands.AssignComplaint;
import com.complaintbook.contracts.commands.CommandEnvelope;
import com.complaintbook.contracts.commands.ComplaintCommandType;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Publication of intake's event store under the failures production sees, with everything real and
 * in its own process: PostgreSQL, a Kafka broker that is stopped and started again on the same data,
 * and two intake instances from the runnable jar on one database, which is stopped and started too.
 * Whatever happens, every stored event reaches the events topic once, in its complaint's order, and
 * an outage is waited out: refused as unavailable and reported by readiness, never restarted away.
 */
class PublicationIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final StaffMember CLERK = new StaffMember("ivan.petrenko", "Ivan Petrenko", "ivan.petrenko@retail.example");
    private static final StaffMember CEO = new StaffMember("taras.bondarenko", "Taras Bondarenko", "taras.bondarenko@retail.example");
    private static final String SUBMISSION = """
            {"kind":"complaint","channel":"website","storeId":"kyiv-001","category":"delivery",
             "text":"The sofa arrived two weeks late and scratched.","language":"uk"}""";

    @TempDir
    static Path dataDirectory;

    private static LocalSystemSettings settings;
    private static PostgresProcess postgres;
    private static KafkaBroker kafka;
    private static LocalIdentityProvider identity;
    private static final List<ServiceProcess> intakes = new ArrayList<>();

    @BeforeAll
    static void startInfrastructureAndTwoIntakes() throws Exception {
        // Kept data on fixed ports, so that Kafka and PostgreSQL come back as they were. Under root
        // PostgreSQL runs as nobody, who must be able to pass through the folder.
        if (!System.getProperty("os.name").startsWith("Windows")) {
            Files.setPosixFilePermissions(dataDirectory, PosixFilePermissions.fromString("rwx--x--x"));
        }
        settings = new LocalSystemSettings(dataDirectory, true,
                Path.of(System.getProperty("complaintbook.services-dir")),
                Files.readString(Path.of(System.getProperty("complaintbook.launcher-classpath"))).strip(),
                TestPorts.freePortPair(), TestPorts.freePort(), TestPorts.freePort(), TestPorts.freePort(),
                TestPorts.freePort(), Map.of("intake-service", TestPorts.freePort()));
        postgres = new PostgresProcess(settings);
        postgres.start();
        kafka = new KafkaBroker(settings);
        kafka.start();
        // Routing does not run here: the catalogue intake waits for is published as routing would.
        CatalogueTopic.publishOneStore(settings.kafkaBootstrapServers());
        identity = new LocalIdentityProvider(0);
        identity.start();
        LocalSystemSettings second = new LocalSystemSettings(dataDirectory.resolve("second"), true,
                settings.servicesDirectory(), settings.launcherClasspath(), settings.kafkaPort(), settings.mongoPort(),
                settings.postgresPort(), settings.smtpPort(), settings.inboxPort(),
                Map.of("intake-service", TestPorts.freePort()));
        for (LocalSystemSettings instance : List.of(settings, second)) {
            Map<String, String> environment = new HashMap<>(postgres.environmentFor("intake-service"));
            environment.putAll(identity.environment());
            // The budgets protect intake from a misbehaving client; this test is the only client.
            environment.put("COMPLAINTBOOK_INTAKE_RATELIMITS_PERENDUSER_BURST", "1000000");
            environment.put("COMPLAINTBOOK_INTAKE_PUBLICATION_CHECKINTERVAL", "1s");
            ServiceProcess intake = new ServiceProcess("intake-service", instance, environment);
            intakes.add(intake);
            intake.start();
        }
        for (ServiceProcess intake : intakes) {
            intake.awaitReady();
        }
    }

    @AfterAll
    static void stopEverything() {
        intakes.forEach(ServiceProcess::close);
        if (kafka != null) {
            kafka.close();
        }
        if (identity != null) {
            identity.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void twoInstancesWritingAtOnceEachEventIsPublishedOnceInItsComplaintsOrder() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(16);
        try {
            List<Future<String>> submitted = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                ServiceProcess intake = intakes.get(i % 2);
                submitted.add(clients.submit(() -> submit(intake)));
            }
            List<String> complaints = new ArrayList<>();
            for (Future<String> complaint : submitted) {
                complaints.add(complaint.get());
            }
            // Half of them also get their assignment, through whichever instance consumes the command.
            try (KafkaProducer<String, String> producer = producer()) {
                for (String complaint : complaints.subList(0, 200)) {
                    producer.send(new ProducerRecord<>(Topics.COMPLAINT_COMMANDS, complaint, assignment(complaint)));
                }
            }

            Map<String, List<JsonNode>> published = awaitPublished(new HashSet<>(complaints),
                    events -> events.size() == 600);
            assertEveryStoredEventPublishedOnceInOrder(published);
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void kafkaDownForAMinuteThenBackEveryEventIsPublishedOnceInItsComplaintsOrder() throws Exception {
        List<String> before = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            before.add(submit(intakes.get(i % 2)));
        }
        try (KafkaProducer<String, String> producer = producer()) {
            for (String complaint : before) {
                producer.send(new ProducerRecord<>(Topics.COMPLAINT_COMMANDS, complaint, assignment(complaint)));
            }
        }
        awaitPublished(new HashSet<>(before), events -> events.size() == 40);

        kafka.close();
        Set<String> complaints = new HashSet<>(before);
        String token = identity.tokenFor(CLERK.id(), "employee");
        for (String complaint : before) {
            HttpResponse<String> answered = post(intakes.get(1).baseUri().resolve("/api/v1/complaints/" + complaint + "/answer"),
                    "{\"text\":\"A new sofa arrives on Friday.\"}", token);
            assertThat(answered.statusCode()).as(answered.body()).isEqualTo(204);
        }
        for (int i = 0; i < 100; i++) {
            complaints.add(submit(intakes.get(i % 2)));
        }
        // For the whole minute the broker is away, both instances stay alive and count what waits.
        await().during(Duration.ofSeconds(60)).atMost(Duration.ofSeconds(75)).pollInterval(Duration.ofSeconds(2))
                .until(() -> intakes.stream().allMatch(PublicationIT::isAlive) && behind(intakes.get(0)) >= 120);

        kafka = new KafkaBroker(settings);
        kafka.start();

        // The publisher backs off while the broker is away (up to a minute between attempts), so it may
        // take that long after the broker is back before it tries again.
        Map<String, List<JsonNode>> published = awaitPublished(complaints, events -> events.size() == 160,
                PATIENCE.plus(Duration.ofMinutes(1)));
        assertEveryStoredEventPublishedOnceInOrder(published);
        await().atMost(PATIENCE).until(() -> behind(intakes.get(0)) == 0);
    }

    @Test
    void whileTheDatabaseIsDownSubmissionsAreRefusedAsUnavailableAndNothingIsLostWhenItIsBack() throws Exception {
        ServiceProcess intake = intakes.get(0);
        postgres.close();
        try {
            HttpResponse<String> refused = post(intake.baseUri().resolve("/api/v1/complaints"), SUBMISSION, null,
                    "X-API-Key", "local-website");
            assertThat(refused.statusCode()).as(() -> refused.body() + "\n" + intakeLogErrors()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            await().atMost(PATIENCE).until(() -> status(intake, "/actuator/health/readiness") == 503);
            assertThat(isAlive(intake)).as("a database outage is waited out, not restarted away").isTrue();
        } finally {
            postgres = new PostgresProcess(settings);
            postgres.start();
        }

        await().atMost(PATIENCE).until(() -> status(intake, "/actuator/health/readiness") == 200);
        String complaint = submit(intake);
        awaitPublished(Set.of(complaint), events -> events.size() == 1);
    }

    /** Reads the whole events topic until {@code done} holds for what the given complaints have on it. */
    private static Map<String, List<JsonNode>> awaitPublished(Set<String> complaints,
                                                             java.util.function.Predicate<List<JsonNode>> done) {
        return awaitPublished(complaints, done, PATIENCE);
    }

    private static Map<String, List<JsonNode>> awaitPublished(Set<String> complaints,
                                                             java.util.function.Predicate<List<JsonNode>> done,
                                                             Duration patience) {
        Map<String, List<JsonNode>> byComplaint = new HashMap<>();
        List<JsonNode> all = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "publication-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.COMPLAINT_EVENTS));
            await().atMost(patience).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(250))) {
                    if (complaints.contains(record.key())) {
                        JsonNode event = JSON.readTree(record.value());
                        all.add(event);
                        byComplaint.computeIfAbsent(record.key(), key -> new ArrayList<>()).add(event);
                    }
                }
                return done.test(all);
            });
            // Anything published twice would arrive right behind; give it the chance to show.
            consumer.poll(Duration.ofSeconds(2)).forEach(record -> {
                if (complaints.contains(record.key())) {
                    byComplaint.get(record.key()).add(JSON.readTree(record.value()));
                }
            });
        }
        return byComplaint;
    }

    private static void assertEveryStoredEventPublishedOnceInOrder(Map<String, List<JsonNode>> published) throws Exception {
        Map<String, List<String>> stored = storedEventIds(published.keySet());
        for (Map.Entry<String, List<JsonNode>> complaint : published.entrySet()) {
            List<String> onTheTopic = complaint.getValue().stream().map(event -> event.get("eventId").asString()).toList();
            assertThat(onTheTopic).as("events of %s on the topic, in order", complaint.getKey())
                    .containsExactlyElementsOf(stored.get(complaint.getKey()));
            assertThat(complaint.getValue()).extracting(event -> event.get("sequence").asLong())
                    .isSorted().doesNotHaveDuplicates();
        }
    }

    /** Each complaint's stored event ids in stream order, as an operator reads them from the store. */
    private static Map<String, List<String>> storedEventIds(Set<String> complaints) throws Exception {
        Map<String, List<String>> stored = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("intake"), "postgres", "");
             Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery(
                     "SELECT aggregate_identifier, event_identifier FROM domain_event_entry ORDER BY sequence_number")) {
            while (rows.next()) {
                if (complaints.contains(rows.getString(1))) {
                    stored.computeIfAbsent(rows.getString(1), key -> new ArrayList<>()).add(rows.getString(2));
                }
            }
        }
        return stored;
    }

    private static String submit(ServiceProcess intake) throws IOException, InterruptedException {
        HttpResponse<String> accepted = post(intake.baseUri().resolve("/api/v1/complaints"), SUBMISSION, null,
                "X-API-Key", "local-website");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        return JSON.readTree(accepted.body()).get("complaintId").asString();
    }

    /** What intake logged at WARN and above, to tell why a request got another answer than expected. */
    private static String intakeLogErrors() {
        try {
            return Files.readAllLines(settings.logDirectory().resolve("intake-service.log")).stream()
                    .filter(line -> line.contains("\"level\":\"WARN\"") || line.contains("\"level\":\"ERROR\""))
                    .reduce((first, last) -> last).orElse("(nothing at WARN or above)");
        } catch (IOException unreadable) {
            return "(intake's log is unreadable: " + unreadable + ")";
        }
    }

    private static String assignment(String complaint) {
        Instant now = Instant.now();
        return JSON.writeValueAsString(new CommandEnvelope<>(UUID.randomUUID().toString(), complaint,
                ComplaintCommandType.ASSIGN.logicalName(), ComplaintCommandType.ASSIGN.version(), now, "routing-service",
                new AssignComplaint(complaint, CLERK, 0, now.plus(Duration.ofDays(3)), List.of(CEO))));
    }

    private static boolean isAlive(ServiceProcess intake) {
        return status(intake, "/actuator/health/liveness") == 200;
    }

    private static int status(ServiceProcess intake, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(intake.baseUri().resolve(path)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException | InterruptedException unreachable) {
            return -1;
        }
    }

    /** intake's own count of stored events not yet on the topic. */
    private static double behind(ServiceProcess intake) throws IOException, InterruptedException {
        String scrape = HTTP.send(HttpRequest.newBuilder(intake.baseUri().resolve("/actuator/prometheus")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return scrape.lines().filter(line -> line.startsWith("complaintbook_intake_publication_behind"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(-1);
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
    }

    private static HttpResponse<String> post(URI uri, String json, String bearer, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

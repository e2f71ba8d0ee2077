package com.complaintbook.escalation;

import com.complaintbook.contracts.Topics;
import com.complaintbook.kit.test.ContractSchemas;
import com.complaintbook.kit.test.TestIdentityProvider;
import com.complaintbook.kit.test.TopicRecorder;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import org.springframework.kafka.test.context.EmbeddedKafka;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Deadlines that act, end to end inside escalation: events in on the events topic, commands out on
 * the commands topic, against the in-process broker and a MongoDB wire-protocol server. Each test
 * starts the instances it needs as whole applications (two side by side in one group where it says
 * so), so that it can stop them, start them again and take MongoDB away behind a proxy that keeps
 * its data. Every command is held against the contracts' schemas.
 */
@EmbeddedKafka(topics = {Topics.COMPLAINT_EVENTS, Topics.COMPLAINT_COMMANDS}, partitions = 3)
class TimersIT {

    private static final Duration PROMPTLY = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DATABASE = "escalation-service";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static MongoServer mongo;
    private static CuttableProxy mongoProxy;
    private static MongoClient mongoClient;
    private static KafkaProducer<String, String> producer;
    private static TopicRecorder commands;

    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    @BeforeAll
    static void infrastructure() {
        mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
        mongoProxy = new CuttableProxy(mongo.getLocalAddress().getPort());
        mongoClient = MongoClients.create("mongodb://127.0.0.1:" + mongo.getLocalAddress().getPort());
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker().getBrokersAsString(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
        commands = new TopicRecorder(broker().getBrokersAsString(), Topics.COMPLAINT_COMMANDS);
    }

    @AfterAll
    static void stopInfrastructure() {
        commands.close();
        producer.close();
        mongoClient.close();
        mongoProxy.close();
        mongo.shutdownNow();
    }

    @AfterEach
    void stopInstances() {
        mongoProxy.restore();
        instances.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void givenComplaintsDueInSeconds_whenTheirMomentsPass_thenEachGetsItsCommandsOnceWithinASecond() {
        ConfigurableApplicationContext instance = start();
        awaitAssigned(List.of(instance));
        Instant now = now();
        String unanswered = UUID.randomUUID().toString();
        Instant deadline = now.plusSeconds(4);
        // Three quarters of its period are already gone: the warning is due at once, the breach at the deadline.
        assign(unanswered, 1, 0, now.minusSeconds(12), deadline);
        String answered = UUID.randomUUID().toString();
        assign(answered, 1, 0, now, now.plusSeconds(12));
        Instant appealDeadline = now.plusSeconds(5);
        answer(answered, 2, appealDeadline);

        await().atMost(PROMPTLY).untilAsserted(() -> {
            assertThat(commandIds(unanswered)).containsExactly(unanswered + ":warn:0", unanswered + ":breach:0");
            assertThat(commandIds(answered)).containsExactly(answered + ":appeal-close:0");
        });
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(commandIds(unanswered)).hasSize(2);
            assertThat(commandIds(answered)).hasSize(1);
        });

        ConsumerRecord<String, String> breachRecord = commands(unanswered).get(1);
        JsonNode breach = JSON.readTree(breachRecord.value());
        assertThat(breach.get("type").asString()).isEqualTo("EscalateComplaint");
        assertThat(breach.get("issuedBy").asString()).isEqualTo("escalation-service");
        assertThat(breach.get("payload").get("missedDeadline").asString()).isEqualTo(deadline.toString());
        // The record's own timestamp (the producer's, when it was sent), not issuedAt: that is the tick's
        // "now", which is never before the deadline however late the tick ran.
        assertThat(Duration.between(deadline, Instant.ofEpochMilli(breachRecord.timestamp())))
                .as("escalated within a second of the deadline")
                .isBetween(Duration.ZERO, Duration.ofSeconds(1));
        JsonNode close = JSON.readTree(commands(answered).get(0).value());
        assertThat(close.get("payload").get("appealDeadline").asString()).isEqualTo(appealDeadline.toString());
        assertThat(scrape(instance)).contains("complaintbook_escalation_lateness_seconds_bucket{application=\"escalation-service\",kind=\"breach\",le=\"1.0\"}")
                .contains("complaintbook_escalation_warnings_total");
    }

    @Test
    void givenDeadlinesThatPassedWhileTheServiceWasDown_whenItStarts_thenEachIsEscalatedOnce() {
        ConfigurableApplicationContext first = start("complaintbook.escalation.warn-at=1.0");
        awaitAssigned(List.of(first));
        Instant deadline = now().plusSeconds(5);
        List<String> complaints = complaints(6);
        complaints.forEach(complaint -> assign(complaint, 1, 0, deadline.minusSeconds(60), deadline));
        complaints.forEach(complaint -> awaitRecorded(complaint, 1));
        first.close();
        instances.remove(first);

        await().atMost(PROMPTLY).until(() -> now().isAfter(deadline.plusSeconds(2)));
        assertThat(commandIds()).doesNotContainKeys(complaints.toArray(String[]::new));

        awaitAssigned(List.of(start("complaintbook.escalation.warn-at=1.0")));

        awaitEachEscalatedExactlyOnce(complaints);
    }

    @Test
    void givenTwoInstances_whenManyDeadlinesPassAndOneStopsMidway_thenEachIsEscalatedExactlyOnce() {
        ConfigurableApplicationContext first = start("complaintbook.escalation.warn-at=1.0");
        ConfigurableApplicationContext second = start("complaintbook.escalation.warn-at=1.0");
        awaitAssigned(List.of(first, second));
        Instant now = now();
        List<String> complaints = complaints(40);
        for (int i = 0; i < complaints.size(); i++) {
            Instant deadline = now.plusMillis(3000 + 150L * i);
            assign(complaints.get(i), 1, 0, deadline.minusSeconds(60), deadline);
        }

        await().atMost(PROMPTLY).until(() -> {
            Map<String, List<String>> sent = commandIds();
            return complaints.stream().filter(sent::containsKey).count() >= 10;
        });
        first.close();
        instances.remove(first);

        awaitEachEscalatedExactlyOnce(complaints);
    }

    @Test
    void givenMongoAwayWhileDeadlinesPass_whenItIsBack_thenNothingIsLostAndReadinessSaidSo() {
        ConfigurableApplicationContext instance = start("complaintbook.escalation.warn-at=1.0");
        awaitAssigned(List.of(instance));
        Instant deadline = now().plusSeconds(4);
        List<String> complaints = complaints(8);
        complaints.forEach(complaint -> assign(complaint, 1, 0, deadline.minusSeconds(60), deadline));
        complaints.forEach(complaint -> awaitRecorded(complaint, 1));

        mongoProxy.cut();
        await().atMost(PROMPTLY).untilAsserted(() -> assertThat(readiness(instance))
                .contains("\"timers\":{\"status\":\"DOWN\""));
        assertThat(now()).isAfter(deadline);
        assertThat(commandIds()).doesNotContainKeys(complaints.toArray(String[]::new));

        mongoProxy.restore();

        awaitEachEscalatedExactlyOnce(complaints);
        await().atMost(PROMPTLY).untilAsserted(() -> assertThat(readiness(instance))
                .contains("\"timers\":{\"status\":\"UP\""));
    }

    private void awaitEachEscalatedExactlyOnce(List<String> complaints) {
        await().atMost(PROMPTLY).untilAsserted(() -> {
            Map<String, List<String>> sent = commandIds();
            assertThat(complaints).allSatisfy(complaint -> assertThat(sent.get(complaint)).isNotEmpty());
        });
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Map<String, List<String>> sent = commandIds();
            assertThat(complaints).allSatisfy(complaint ->
                    assertThat(sent.get(complaint)).containsExactly(complaint + ":breach:0"));
        });
    }

    private ConfigurableApplicationContext start(String... properties) {
        List<String> arguments = new ArrayList<>(List.of(
                "server.port=0",
                "spring.kafka.bootstrap-servers=" + broker().getBrokersAsString(),
                "spring.mongodb.uri=mongodb://127.0.0.1:" + mongoProxy.port() + "/" + DATABASE,
                "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + TestIdentityProvider.shared().issuer(),
                "logging.level.org.apache.kafka=WARN"));
        arguments.addAll(List.of(properties));
        // As command-line arguments, so that they win over application.yml as the environment would.
        ConfigurableApplicationContext context = new SpringApplicationBuilder(EscalationApplication.class)
                .run(arguments.stream().map(argument -> "--" + argument).toArray(String[]::new));
        instances.add(context);
        return context;
    }

    /** Waits until the running instances share the events topic's partitions among them. */
    private static void awaitAssigned(Collection<ConfigurableApplicationContext> running) {
        await().atMost(PROMPTLY).until(() -> running.stream()
                .flatMap(context -> context.getBean(KafkaListenerEndpointRegistry.class).getListenerContainers().stream())
                .map(MessageListenerContainer::getAssignedPartitions)
                .filter(Objects::nonNull)
                .mapToInt(Collection::size)
                .sum() == 3 && running.stream().allMatch(context -> context.getBean(KafkaListenerEndpointRegistry.class)
                .getListenerContainers().stream().allMatch(container -> container.getAssignedPartitions() != null
                        && !container.getAssignedPartitions().isEmpty())));
    }

    private static void awaitRecorded(String complaintId, long sequence) {
        await().atMost(PROMPTLY).until(() -> {
            Document deadline = mongoClient.getDatabase(DATABASE).getCollection("deadlines")
                    .find(Filters.eq("_id", complaintId)).first();
            return deadline != null && ((Number) deadline.get("lastSequence")).longValue() >= sequence;
        });
    }

    /** The commands sent about the complaint so far, each held against the contracts. */
    private static List<ConsumerRecord<String, String>> commands(String complaintId) {
        List<ConsumerRecord<String, String>> sent = commands.records(Topics.COMPLAINT_COMMANDS, complaintId);
        sent.forEach(record -> ContractSchemas.assertCommand(record.key(), record.value()));
        return sent;
    }

    /** The ids of every command sent so far, by complaint, each held against the contracts. */
    private static Map<String, List<String>> commandIds() {
        return commands.records(Topics.COMPLAINT_COMMANDS).stream()
                .peek(record -> ContractSchemas.assertCommand(record.key(), record.value()))
                .collect(Collectors.groupingBy(ConsumerRecord::key,
                        Collectors.mapping(record -> JSON.readTree(record.value()).get("commandId").asString(),
                                Collectors.toList())));
    }

    private static List<String> commandIds(String complaintId) {
        return commands(complaintId).stream().map(record -> JSON.readTree(record.value()).get("commandId").asString())
                .toList();
    }

    private static List<String> complaints(int count) {
        return IntStream.range(0, count).mapToObj(i -> UUID.randomUUID().toString()).toList();
    }

    private static void assign(String complaintId, long sequence, int level, Instant assignedAt, Instant deadline) {
        ObjectNode assigned = event("ComplaintAssigned", complaintId, sequence);
        payload(assigned).put("level", level);
        payload(assigned).put("assignedAt", assignedAt.toString());
        payload(assigned).put("deadline", deadline.toString());
        publish(complaintId, event("ComplaintSubmitted", complaintId, sequence - 1));
        publish(complaintId, assigned);
    }

    private static void answer(String complaintId, long sequence, Instant appealDeadline) {
        ObjectNode answered = event("ComplaintAnswered", complaintId, sequence);
        payload(answered).put("appealDeadline", appealDeadline.toString());
        publish(complaintId, answered);
    }

    private static void publish(String key, ObjectNode event) {
        try {
            producer.send(new ProducerRecord<>(Topics.COMPLAINT_EVENTS, key, event.toString())).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String readiness(ConfigurableApplicationContext instance) throws IOException, InterruptedException {
        return get(instance, "/actuator/health/readiness");
    }

    private static String scrape(ConfigurableApplicationContext instance) {
        try {
            return get(instance, "/actuator/prometheus");
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String get(ConfigurableApplicationContext instance, String path)
            throws IOException, InterruptedException {
        int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /** A golden sample turned into an event of the complaint at a place in its stream. */
    private static ObjectNode event(String type, String complaintId, long sequence) {
        String path = "/contracts/samples/events/" + type + ".v1.json";
        try (InputStream in = TimersIT.class.getResourceAsStream(path)) {
            ObjectNode event = (ObjectNode) JSON.readTree(in);
            event.put("eventId", UUID.randomUUID().toString());
            event.put("complaintId", complaintId);
            event.put("sequence", sequence);
            payload(event).put("complaintId", complaintId);
            return event;
        } catch (IOException e) {
            throw new IllegalStateException(path, e);
        }
    }

    private static ObjectNode payload(ObjectNode event) {
        return (ObjectNode) event.get("payload");
    }

    /** Now, to the millisecond, as the service's clock and MongoDB keep it. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private static EmbeddedKafkaBroker broker() {
        return EmbeddedKafkaCondition.getBroker();
    }
}

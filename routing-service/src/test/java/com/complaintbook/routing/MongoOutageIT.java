package com.complaintbook.routing;

import com.complaintbook.contracts.Topics;
import com.complaintbook.kit.kafka.ConsumerFailurePolicy;
import com.complaintbook.kit.security.StaffRole;
import com.complaintbook.kit.test.ContractSchemas;
import com.complaintbook.kit.test.RestartableMongo;
import com.complaintbook.kit.test.TestIdentityProvider;
import com.complaintbook.kit.test.TopicRecorder;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.ContainerTestUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static com.complaintbook.routing.RoutingTestSupport.ASSIGNEES_BY_CATEGORY;
import static com.complaintbook.routing.RoutingTestSupport.DEAD_LETTERS;
import static com.complaintbook.routing.RoutingTestSupport.GROUP;
import static com.complaintbook.routing.RoutingTestSupport.SERVICE_DESK;
import static com.complaintbook.routing.RoutingTestSupport.SERVICE_DESK_CATEGORY;
import static com.complaintbook.routing.RoutingTestSupport.commandIdFor;
import static com.complaintbook.routing.RoutingTestSupport.event;
import static com.complaintbook.routing.RoutingTestSupport.payload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * MongoDB goes away while a steady stream of submissions arrives, and comes back with its data, as a
 * real one does after an outage: the kit's failure policy holds the events, parks none, says so on
 * readiness meanwhile, and once MongoDB is back every complaint has exactly one level-0 decision,
 * resent identically if at all, and the service desk's complaints are still shared evenly, because
 * balancing counts what MongoDB kept from before the outage. Retries are quick here (100 ms to 1 s)
 * to keep the test short.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "complaintbook.kafka.retry.initial-interval=100ms",
        "complaintbook.kafka.retry.max-interval=1s",
        "management.endpoint.health.show-details=always",
        "complaintbook.routing.organisation.file=src/test/resources/organisation/test-organisation.yaml"})
@EmbeddedKafka(topics = Topics.COMPLAINT_EVENTS, partitions = 3,
        bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@AutoConfigureWebTestClient
class MongoOutageIT {

    private static final Logger log = LoggerFactory.getLogger(MongoOutageIT.class);
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int COMPLAINTS = 300;
    /** MongoDB stops once this many complaints are on the topic, so some are decided before and most after. */
    private static final int STOP_AFTER = 90;
    private static final Duration PACE = Duration.ofMillis(30);
    /** Attempts at a held record before MongoDB comes back: with each waiting out the kit's 2 s server selection, several seconds. */
    private static final int HELD_ATTEMPTS = 4;
    private static final List<String> CATEGORIES = List.of(SERVICE_DESK_CATEGORY, "delivery", "staff-behaviour", "parking");

    @RegisterExtension
    static final RestartableMongo MONGO = RestartableMongo.keepingData();

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Autowired
    MeterRegistry meters;

    @Autowired
    WebTestClient web;

    @Value("${spring.kafka.listener.concurrency}")
    int consumerThreads;

    private KafkaProducer<String, String> producer;
    private TopicRecorder recorder;
    private Admin admin;

    @DynamicPropertySource
    static void mongoUri(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MONGO.uri("routing-service"));
    }

    @BeforeEach
    void connect() {
        web = TestIdentityProvider.shared().asStaff(web, "an-analyst", StaffRole.ANALYST);
        await().atMost(PATIENCE).untilAsserted(() -> readiness(200));
        listeners.getListenerContainers().forEach(container -> ContainerTestUtils.waitForAssignment(container, 3));
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
        recorder = new TopicRecorder(broker.getBrokersAsString(), Topics.COMPLAINT_COMMANDS, DEAD_LETTERS);
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()));
    }

    @AfterEach
    void disconnect() {
        producer.close();
        recorder.close();
        admin.close();
    }

    @Test
    void givenMongoDownWhileSubmissionsStream_thenNothingIsParkedReadinessIsDownAndEveryComplaintIsDecidedOnceItIsBack() {
        Map<String, ObjectNode> submissions = new LinkedHashMap<>();
        for (int index = 0; index < COMPLAINTS; index++) {
            String complaintId = UUID.randomUUID().toString();
            ObjectNode submitted = event("ComplaintSubmitted", complaintId);
            payload(submitted).put("category", CATEGORIES.get(index % CATEGORIES.size()));
            submissions.put(complaintId, submitted);
        }
        List<ObjectNode> stream = List.copyOf(submissions.values());
        List<Future<RecordMetadata>> sends = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger sent = new AtomicInteger();
        ScheduledExecutorService publisher = Executors.newSingleThreadScheduledExecutor();
        long outageStarted;
        long mongoBack;
        try {
            publisher.scheduleAtFixedRate(() -> {
                int next = sent.get();
                if (next < stream.size()) {
                    ObjectNode submitted = stream.get(next);
                    sends.add(producer.send(new ProducerRecord<>(Topics.COMPLAINT_EVENTS,
                            submitted.get("complaintId").asString(), submitted.toString())));
                    sent.incrementAndGet();
                }
            }, 0, PACE.toMillis(), TimeUnit.MILLISECONDS);

            // Some decisions are taken and kept before MongoDB goes, so that balancing after it must count them.
            await().atMost(PATIENCE).until(() -> sent.get() >= STOP_AFTER
                    && recorder.records(Topics.COMPLAINT_COMMANDS).size() >= STOP_AFTER / 2);
            MONGO.stop();
            outageStarted = System.nanoTime();

            await().atMost(PATIENCE).untilAsserted(() -> web.get().uri("/actuator/health/readiness").exchange()
                    .expectStatus().isEqualTo(503)
                    .expectBody()
                    .jsonPath("$.status").isEqualTo("DOWN")
                    .jsonPath("$.components.mongo.status").isEqualTo("DOWN")
                    .jsonPath("$.components.consumers.status").isEqualTo("DOWN")
                    .jsonPath("$.components.consumers.details.group").isEqualTo(GROUP));
            Duration untilDown = Duration.ofNanos(System.nanoTime() - outageStarted);
            await().atMost(PATIENCE).until(() -> heldAttempts() >= HELD_ATTEMPTS);
            readiness(503);
            assertThat(recorder.records(DEAD_LETTERS)).as("parked while MongoDB was away").isEmpty();
            assertThat(deadLettered()).isZero();
            log.info("MongoDB away for {} ms, readiness DOWN after {} ms, {} complaints published, {} commands seen",
                    Duration.ofNanos(System.nanoTime() - outageStarted).toMillis(), untilDown.toMillis(), sent.get(),
                    recorder.records(Topics.COMPLAINT_COMMANDS).size());

            MONGO.start();
            mongoBack = System.nanoTime();
            await().atMost(PATIENCE).until(() -> sent.get() == stream.size());
        } finally {
            publisher.shutdownNow();
        }
        producer.flush();
        List<RecordMetadata> published = sends.stream().map(MongoOutageIT::acknowledged).toList();

        await().atMost(PATIENCE).untilAsserted(() -> readiness(200));
        log.info("Readiness UP {} ms after MongoDB came back", Duration.ofNanos(System.nanoTime() - mongoBack).toMillis());
        RoutingTestSupport.awaitConsumed(admin, published, PATIENCE);

        // A submission delivered again after the outage: the decision kept from before it is resent as it was.
        ObjectNode first = stream.get(0);
        String firstId = first.get("complaintId").asString();
        RecordMetadata again = acknowledged(producer.send(new ProducerRecord<>(Topics.COMPLAINT_EVENTS, firstId, first.toString())));
        RoutingTestSupport.awaitConsumed(admin, List.of(again), PATIENCE);

        Map<String, List<JsonNode>> commands = recorder.records(Topics.COMPLAINT_COMMANDS).stream()
                .filter(command -> submissions.containsKey(command.key()))
                .collect(Collectors.groupingBy(ConsumerRecord::key,
                        Collectors.mapping(command -> JSON.readTree(command.value()), Collectors.toList())));
        assertThat(commands).as("complaints with at least one command").hasSize(COMPLAINTS);
        assertThat(commands.get(firstId)).as("the first complaint's commands, before the outage and after").hasSize(2);
        submissions.forEach((complaintId, submitted) -> {
            List<JsonNode> sentFor = commands.get(complaintId);
            String category = payload(submitted).get("category").asString();
            assertThat(Set.copyOf(sentFor)).as("every command for %s identical to the first", complaintId).hasSize(1);
            JsonNode assign = sentFor.get(0).get("payload");
            assertThat(sentFor.get(0).get("commandId").asString()).isEqualTo(commandIdFor(submitted));
            assertThat(assign.get("level").asInt()).isZero();
            if (category.equals(SERVICE_DESK_CATEGORY)) {
                assertThat(assign.get("assignee").get("id").asString()).isIn(SERVICE_DESK);
            } else {
                assertThat(assign.get("assignee").get("id").asString()).isEqualTo(ASSIGNEES_BY_CATEGORY.get(category).get(0));
            }
        });
        Map<String, Long> perMember = commands.entrySet().stream()
                .filter(complaint -> payload(submissions.get(complaint.getKey())).get("category").asString()
                        .equals(SERVICE_DESK_CATEGORY))
                .collect(Collectors.groupingBy(complaint -> complaint.getValue().get(0).get("payload").get("assignee")
                        .get("id").asString(), Collectors.counting()));
        assertThat(perMember).as("the service desk's complaints, per member").containsOnlyKeys(SERVICE_DESK);
        // Each partition has its own consumer thread, and threads deciding at the same moment may read
        // the same counts: the shares can part by one more per thread that overlaps.
        assertThat(perMember.values().stream().mapToLong(Long::longValue).max().orElseThrow()
                - perMember.values().stream().mapToLong(Long::longValue).min().orElseThrow())
                .as("the service desk's share per member %s", perMember).isLessThanOrEqualTo(consumerThreads);
        web.get().uri("/api/v1/routing/complaints/{id}", firstId).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.levels.length()").isEqualTo(1)
                .jsonPath("$.levels[0].assignee.id").isEqualTo(commands.get(firstId).get(0).get("payload")
                        .get("assignee").get("id").asString());

        assertThat(recorder.records(DEAD_LETTERS)).isEmpty();
        assertThat(deadLettered()).isZero();
        recorder.records(Topics.COMPLAINT_COMMANDS)
                .forEach(command -> ContractSchemas.assertCommand(command.key(), command.value()));
        log.info("{} complaints, {} commands, service desk {}", COMPLAINTS,
                commands.values().stream().mapToInt(List::size).sum(), perMember);
    }

    /** The most attempts any held partition has made at its record, as the consumers health contributor tells. */
    private int heldAttempts() {
        String body = web.get().uri("/actuator/health/consumers").exchange()
                .expectBody(String.class).returnResult().getResponseBody();
        return JSON.readTree(body).path("details").path("retrying").valueStream()
                .mapToInt(held -> held.path("attempts").asInt()).max().orElse(0);
    }

    private double deadLettered() {
        return meters.find(ConsumerFailurePolicy.DEAD_LETTERED).counters().stream().mapToDouble(Counter::count).sum();
    }

    private void readiness(int status) {
        web.get().uri("/actuator/health/readiness").exchange().expectStatus().isEqualTo(status);
    }

    private static RecordMetadata acknowledged(Future<RecordMetadata> send) {
        try {
            return send.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

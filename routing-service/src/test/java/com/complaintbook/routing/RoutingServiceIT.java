package com.complaintbook.routing;

import com.complaintbook.contracts.Topics;
import com.complaintbook.kit.kafka.ConsumerFailurePolicy;
import com.complaintbook.kit.security.StaffRole;
import com.complaintbook.kit.test.ContractSchemas;
import com.complaintbook.kit.test.EmbeddedMongo;
import com.complaintbook.kit.test.TestIdentityProvider;
import com.complaintbook.kit.test.TopicRecorder;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.ContainerTestUtils;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.complaintbook.routing.RoutingTestSupport.ASSIGNEES_BY_CATEGORY;
import static com.complaintbook.routing.RoutingTestSupport.DEAD_LETTERS;
import static com.complaintbook.routing.RoutingTestSupport.GROUP;
import static com.complaintbook.routing.RoutingTestSupport.commandIdFor;
import static com.complaintbook.routing.RoutingTestSupport.event;
import static com.complaintbook.routing.RoutingTestSupport.payload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service against a real broker and a real MongoDB wire-protocol server, with the test
 * organisation imported from its file at start: events in on the events topic, commands out on the
 * commands topic, the catalogue out on its compacted topic, refused records out on the dead-letter
 * topic. A record that failed for any reason but a refusal would be retried without end, never
 * parked, so one that should be parked at once and is not fails the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "complaintbook.routing.organisation.file=src/test/resources/organisation/test-organisation.yaml")
@EmbeddedKafka(topics = Topics.COMPLAINT_EVENTS, partitions = 3,
        bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@AutoConfigureWebTestClient
@Import(EmbeddedMongo.class)
class RoutingServiceIT {

    private static final Duration PROMPTLY = Duration.ofSeconds(15);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String NOT_JSON = "{\"eventId\": this is not JSON";

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

    @BeforeEach
    void signIn() {
        web = TestIdentityProvider.shared().asStaff(web, "an-analyst", StaffRole.ANALYST);
    }

    @BeforeEach
    void connect() {
        listeners.getListenerContainers().forEach(container -> ContainerTestUtils.waitForAssignment(container, 3));
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
        recorder = new TopicRecorder(broker.getBrokersAsString(), Topics.COMPLAINT_COMMANDS, DEAD_LETTERS,
                Topics.CATALOGUE);
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()));
    }

    /** Whatever a test made routing send, every command on the topic by then must keep the contracts. */
    @AfterEach
    void disconnect() {
        try {
            recorder.records(Topics.COMPLAINT_COMMANDS)
                    .forEach(command -> ContractSchemas.assertCommand(command.key(), command.value()));
        } finally {
            producer.close();
            recorder.close();
            admin.close();
        }
    }

    @Test
    void givenASubmittedDeliveryComplaint_whenPublished_thenTheDeliveryLeadIsAssignedForThreeWorkingDays() {
        String complaintId = UUID.randomUUID().toString();
        ObjectNode submitted = event("ComplaintSubmitted", complaintId);
        submitted.put("traceId", "added-by-a-newer-producer");
        payload(submitted).put("priority", "high");

        publish(complaintId, submitted.toString());

        JsonNode command = JSON.readTree(awaitCommands(complaintId, 1).get(0).value());
        assertThat(command.get("type").asString()).isEqualTo("AssignComplaint");
        assertThat(command.get("version").asInt()).isEqualTo(1);
        assertThat(command.get("commandId").asString()).isEqualTo(commandIdFor(submitted));
        assertThat(command.get("complaintId").asString()).isEqualTo(complaintId);
        assertThat(command.get("issuedAt").asString()).isEqualTo("2026-11-20T09:15:30Z");
        assertThat(command.get("issuedBy").asString()).isEqualTo("routing-service");
        JsonNode assign = command.get("payload");
        assertThat(assign.get("complaintId").asString()).isEqualTo(complaintId);
        assertThat(assign.get("level").asInt()).isZero();
        assertThat(assign.get("assignee").get("id").asString()).isEqualTo("e-delivery-lead");
        assertThat(assign.get("assignee").get("name").asString()).isEqualTo("Ivan Petrenko");
        assertThat(assign.get("assignee").get("email").asString()).isEqualTo("ivan.petrenko@retail.example");
        assertThat(assign.get("assignee").get("language").asString()).isEqualTo("uk");
        assertThat(ids(assign.get("managers"))).containsExactly("m-logistics", "d-operations", "ceo");
        // Submitted on Friday 2026-11-20 at 11:15 in Kyiv: Monday, Tuesday and Wednesday, closing at 18:00.
        assertThat(assign.get("deadline").asString()).isEqualTo("2026-11-25T16:00:00Z");

        web.get().uri("/api/v1/routing/complaints/{id}", complaintId).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.levels[0].via").isEqualTo("rule:delivery")
                .jsonPath("$.levels[0].organisationVersion").isEqualTo(1)
                .jsonPath("$.levels[0].assignee.id").isEqualTo("e-delivery-lead")
                .jsonPath("$.open").isEqualTo(true);

        web.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class)
                .value(body -> assertThat(body).contains("complaintbook_routing_assignments_decided_total{application=\"routing-service\",level=\"0\"}"));
    }

    @Test
    void givenAComplaintEscalatedFromTheDeliveryLead_whenPublished_thenTheirManagerIsAssignedAtLevelOne() {
        String complaintId = UUID.randomUUID().toString();

        publish(complaintId, event("ComplaintEscalated", complaintId).toString());

        JsonNode assign = JSON.readTree(awaitCommands(complaintId, 1).get(0).value()).get("payload");
        assertThat(assign.get("level").asInt()).isEqualTo(1);
        assertThat(assign.get("assignee").get("id").asString()).isEqualTo("m-logistics");
        assertThat(assign.get("assignee").get("name").asString()).isEqualTo("Oksana Tkachenko");
        assertThat(ids(assign.get("managers"))).containsExactly("d-operations", "ceo");
        // Escalated on Wednesday 2026-11-25: two working days, Thursday and Friday, closing at 18:00 in Kyiv.
        assertThat(assign.get("deadline").asString()).isEqualTo("2026-11-27T16:00:00Z");
    }

    @Test
    void givenTheSameEventDeliveredTwice_whenConsumed_thenTheTwoCommandsAreIdentical() {
        String complaintId = UUID.randomUUID().toString();
        String submitted = event("ComplaintSubmitted", complaintId).toString();

        publish(complaintId, submitted);
        RecordMetadata redelivered = publish(complaintId, submitted);
        awaitConsumed(redelivered);

        List<ConsumerRecord<String, String>> commands = awaitCommands(complaintId, 2);
        assertThat(commands.get(1).value()).isEqualTo(commands.get(0).value());
    }

    @Test
    void givenAComplaintEscalatedFromTheCeo_whenConsumed_thenItStaysAtTheTopWithNobodyAbove() {
        String complaintId = UUID.randomUUID().toString();
        ObjectNode escalated = event("ComplaintEscalated", complaintId);
        payload(escalated).put("previousAssignee", "ceo");

        publish(complaintId, escalated.toString());

        JsonNode assign = JSON.readTree(awaitCommands(complaintId, 1).get(0).value()).get("payload");
        assertThat(assign.get("assignee").get("id").asString()).isEqualTo("ceo");
        assertThat(assign.get("managers")).isEmpty();
        assertThat(recorder.records(DEAD_LETTERS, complaintId)).isEmpty();
    }

    @Test
    void givenAnEscalationFromSomeoneTheChartDoesNotKnow_whenConsumed_thenSomeoneAboveTakesItAndNothingIsParked() {
        String complaintId = UUID.randomUUID().toString();
        ObjectNode escalated = event("ComplaintEscalated", complaintId);
        payload(escalated).put("previousAssignee", "e-left-the-company");

        publish(complaintId, escalated.toString());

        JsonNode assign = JSON.readTree(awaitCommands(complaintId, 1).get(0).value()).get("payload");
        assertThat(assign.get("level").asInt()).isEqualTo(1);
        assertThat(assign.get("assignee").get("id").asString())
                .as("nobody known to climb from: the top has it, with nobody above").isEqualTo("ceo");
        assertThat(assign.get("managers")).isEmpty();
        assertThat(recorder.records(DEAD_LETTERS, complaintId)).isEmpty();
    }

    @Test
    void givenABurstOfPricingComplaintsAtTheServiceDesk_whenConsumed_thenTheGroupSharesThemEvenly() {
        List<String> complaints = Stream.generate(() -> UUID.randomUUID().toString()).limit(30).toList();

        publishAtOnce(complaints.stream().map(complaintId -> {
            ObjectNode submitted = event("ComplaintSubmitted", complaintId);
            payload(submitted).put("category", "pricing");
            return record(complaintId, submitted.toString());
        }).toList());

        Map<String, Long> perMember = awaitCommands(complaints, 1).values().stream()
                .map(commands -> JSON.readTree(commands.get(0).value()).get("payload").get("assignee").get("id").asString())
                .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        assertThat(perMember).as("the service desk's complaints, per member")
                .containsOnlyKeys("desk-a", "desk-b", "desk-c");
        assertThat(perMember.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(complaints.size());
        // Each partition has its own consumer thread, and threads deciding at the same moment may read
        // the same counts: the shares can part by one more per thread that overlaps.
        assertThat(perMember.values().stream().mapToLong(Long::longValue).max().orElseThrow()
                - perMember.values().stream().mapToLong(Long::longValue).min().orElseThrow())
                .as("the service desk's share per member %s", perMember).isLessThanOrEqualTo(consumerThreads);
    }

    @Test
    void givenTheOrganisationFile_whenTheServiceStarted_thenTheCatalogueIsPublishedWithItsMarkerLast() {
        await().atMost(PROMPTLY).untilAsserted(() -> assertThat(recorder.records(Topics.CATALOGUE))
                .extracting(ConsumerRecord::key).contains("store/kyiv-001", "region/kyiv", "category/delivery",
                        "staff/e-delivery-lead", "version"));
        List<ConsumerRecord<String, String>> catalogue = recorder.records(Topics.CATALOGUE);
        JsonNode marker = JSON.readTree(catalogue.get(catalogue.size() - 1).value());
        assertThat(catalogue.get(catalogue.size() - 1).key()).isEqualTo("version");
        assertThat(marker.get("entry").get("version").asLong()).isEqualTo(1);
        assertThat(marker.get("entry").get("stores").asInt()).isEqualTo(1);
        assertThat(marker.get("entry").get("regions").asInt()).isEqualTo(1);
        assertThat(marker.get("entry").get("categories").asInt()).isEqualTo(5);
        assertThat(marker.get("entry").get("staff").asInt()).isEqualTo(10);
        assertThat(marker.get("entry").get("digest").asString())
                .as("what a reader computes over the entries it read (contracts README)")
                .isEqualTo(digestAsAReaderComputesIt(catalogue));
        JsonNode store = catalogue.stream().filter(record -> record.key().equals("store/kyiv-001"))
                .map(record -> JSON.readTree(record.value())).findFirst().orElseThrow();
        assertThat(store.get("entry").get("name").get("en").asString()).isEqualTo("Kyiv, Khreshchatyk");
        web.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.components.organisation.status").isEqualTo("UP")
                .jsonPath("$.components.catalogue.status").isEqualTo("UP")
                .jsonPath("$.components.mongo.status").isEqualTo("UP");
    }

    @Test
    void givenAnEventTypeRoutingDoesNotKnow_whenConsumed_thenItIsSkippedAndCounted() {
        String complaintId = UUID.randomUUID().toString();
        ObjectNode archived = event("ComplaintSubmitted", complaintId);
        archived.put("type", "ComplaintArchived");

        double before = meters.counter("complaintbook.routing.events.skipped",
                "type", "other", "reason", "unknown-type").count();

        awaitConsumed(publish(complaintId, archived.toString()));

        assertThat(recorder.records(Topics.COMPLAINT_COMMANDS, complaintId)).isEmpty();
        assertThat(recorder.records(DEAD_LETTERS, complaintId)).isEmpty();
        assertThat(meters.counter("complaintbook.routing.events.skipped",
                "type", "other", "reason", "unknown-type").count())
                .as("a type no contract names is counted as other: the wire must not grow the tags").isEqualTo(before + 1);
        assertThat(meters.find("complaintbook.routing.events.skipped").tag("type", "ComplaintArchived").counter())
                .isNull();
    }

    @Test
    void givenAPoisonRecord_whenConsumed_thenItIsParkedAtOnceAndTheNextEventIsStillRouted() {
        String poisoned = UUID.randomUUID().toString();
        String healthy = UUID.randomUUID().toString();
        double parkedBefore = parked("UnreadableEventException");

        publish(poisoned, NOT_JSON);
        publish(healthy, event("ComplaintSubmitted", healthy).toString());

        await().atMost(PROMPTLY).untilAsserted(() -> assertThat(recorder.records(DEAD_LETTERS, poisoned))
                .singleElement()
                .satisfies(parked -> {
                    assertThat(parked.value()).isEqualTo(NOT_JSON);
                    assertThat(reason(parked)).startsWith("UnreadableEventException: ");
                }));
        // Counted just after the record is parked, so it may trail the dead-letter record by a moment.
        await().atMost(PROMPTLY).untilAsserted(() -> assertThat(parked("UnreadableEventException")).isEqualTo(parkedBefore + 1));
        web.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class)
                .value(body -> assertThat(body).containsPattern("complaintbook_events_dead_lettered_total\\{[^}]*group=\"routing-service\""
                        + "[^}]*reason=\"UnreadableEventException\"[^}]*} [1-9]"));
        awaitCommands(healthy, 1);
        assertThat(recorder.records(Topics.COMPLAINT_COMMANDS, poisoned)).isEmpty();
    }

    @Test
    void givenManyComplaintsSubmittedAndEscalatedTwice_whenPublishedAtOnce_thenEachEventGetsOneCommandInItsComplaintsOrder() {
        List<String> categories = List.copyOf(ASSIGNEES_BY_CATEGORY.keySet());
        Map<String, List<ObjectNode>> lifecycles = new LinkedHashMap<>();
        for (int complaint = 0; complaint < 200; complaint++) {
            String complaintId = UUID.randomUUID().toString();
            String category = categories.get(complaint % categories.size());
            List<String> assignees = ASSIGNEES_BY_CATEGORY.get(category);
            ObjectNode submitted = event("ComplaintSubmitted", complaintId);
            payload(submitted).put("category", category);
            lifecycles.put(complaintId, List.of(submitted, escalated(complaintId, 1, assignees.get(0)),
                    escalated(complaintId, 2, assignees.get(1))));
        }

        List<RecordMetadata> published = publishAtOnce(lifecycles.values().stream().flatMap(List::stream)
                .map(event -> record(event.get("complaintId").asString(), event.toString()))
                .toList());
        awaitConsumed(published);

        Map<String, List<ConsumerRecord<String, String>>> commands = awaitCommands(lifecycles.keySet(), 3);
        lifecycles.forEach((complaintId, events) -> {
            List<JsonNode> sent = commands.get(complaintId).stream().map(command -> JSON.readTree(command.value())).toList();
            String category = payload(events.get(0)).get("category").asString();
            assertThat(sent).extracting(command -> command.get("commandId").asString())
                    .containsExactlyElementsOf(events.stream().map(RoutingTestSupport::commandIdFor).toList());
            assertThat(sent).extracting(command -> command.get("payload").get("level").asInt()).containsExactly(0, 1, 2);
            assertThat(sent).extracting(command -> command.get("payload").get("assignee").get("id").asString())
                    .containsExactlyElementsOf(ASSIGNEES_BY_CATEGORY.get(category));
        });
    }

    @Test
    void givenAPoisonRecordAndAnEscalationFromAStrangerAmidManyEvents_whenPublishedAtOnce_thenThePoisonIsParkedAtOnceAndEveryOtherComplaintIsAssignedOnce() {
        List<String> healthy = Stream.generate(() -> UUID.randomUUID().toString()).limit(60).toList();
        String poisoned = UUID.randomUUID().toString();
        String stranger = UUID.randomUUID().toString();
        String fromStranger = escalated(stranger, 1, "e-left-the-company").toString();
        double unreadableBefore = parked("UnreadableEventException");
        // All on one partition, so that the refused records sit between healthy ones in what the service polls.
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        for (int index = 0; index < healthy.size(); index++) {
            if (index == 20) {
                records.add(new ProducerRecord<>(Topics.COMPLAINT_EVENTS, 0, poisoned, NOT_JSON));
            }
            if (index == 40) {
                records.add(new ProducerRecord<>(Topics.COMPLAINT_EVENTS, 0, stranger, fromStranger));
            }
            String complaintId = healthy.get(index);
            records.add(new ProducerRecord<>(Topics.COMPLAINT_EVENTS, 0, complaintId,
                    event("ComplaintSubmitted", complaintId).toString()));
        }

        List<RecordMetadata> published = publishAtOnce(records);

        await().atMost(PROMPTLY).untilAsserted(() -> {
            assertThat(recorder.records(DEAD_LETTERS, poisoned)).singleElement().satisfies(parked -> {
                assertThat(parked.value()).isEqualTo(NOT_JSON);
                assertThat(reason(parked)).startsWith("UnreadableEventException: ");
            });
        });
        awaitConsumed(published);
        assertThat(awaitCommands(healthy, 1).values()).allSatisfy(commands -> assertThat(commands).hasSize(1));
        assertThat(recorder.records(Topics.COMPLAINT_COMMANDS, poisoned)).isEmpty();
        assertThat(awaitCommands(stranger, 1)).hasSize(1);
        assertThat(recorder.records(DEAD_LETTERS, stranger)).isEmpty();
        await().atMost(PROMPTLY).untilAsserted(() ->
                assertThat(parked("UnreadableEventException")).isEqualTo(unreadableBefore + 1));
    }

    @Test
    void givenABatchWhoseOffsetsWereNotCommitted_whenTheConsumerStartsAgain_thenItResendsTheVerySameCommands() {
        List<String> complaints = Stream.generate(() -> UUID.randomUUID().toString()).limit(30).toList();
        List<RecordMetadata> published = publishAtOnce(complaints.stream()
                .map(complaintId -> record(complaintId, event("ComplaintSubmitted", complaintId).toString()))
                .toList());
        awaitConsumed(published);
        awaitCommands(complaints, 1);

        // What a crash after the commands were sent but before the offsets were committed leaves behind.
        listeners.getListenerContainers().forEach(MessageListenerContainer::stop);
        try {
            Map<TopicPartition, OffsetAndMetadata> beforeTheBatch = published.stream().collect(Collectors.toMap(
                    record -> new TopicPartition(record.topic(), record.partition()),
                    record -> new OffsetAndMetadata(record.offset()),
                    (one, other) -> one.offset() < other.offset() ? one : other));
            // The group takes a moment to notice its consumer left; until then it refuses new offsets.
            await().atMost(PROMPTLY).ignoreExceptions().untilAsserted(() ->
                    admin.alterConsumerGroupOffsets(GROUP, beforeTheBatch).all().get());
        } finally {
            listeners.getListenerContainers().forEach(MessageListenerContainer::start);
        }

        Map<String, List<ConsumerRecord<String, String>>> commands = awaitCommands(complaints, 2);
        assertThat(commands.values()).allSatisfy(twice -> {
            assertThat(twice).hasSize(2);
            assertThat(twice.get(1).value()).isEqualTo(twice.get(0).value());
        });
    }

    /** How many records the kit's failure policy parked for this reason. */
    private double parked(String reason) {
        return meters.counter(ConsumerFailurePolicy.DEAD_LETTERED, "group", GROUP, "reason", reason).count();
    }

    /** Why the record was parked: the kit's header, the refusal's type and message. */
    private static String reason(ConsumerRecord<String, String> parked) {
        return new String(parked.headers().lastHeader(ConsumerFailurePolicy.REASON_HEADER).value(), StandardCharsets.UTF_8);
    }

    private List<ConsumerRecord<String, String>> awaitCommands(String complaintId, int count) {
        return await().atMost(PROMPTLY)
                .until(() -> recorder.records(Topics.COMPLAINT_COMMANDS, complaintId), records -> records.size() == count);
    }

    /** At least {@code count} commands for each complaint, each complaint's in the order they were written. */
    private Map<String, List<ConsumerRecord<String, String>>> awaitCommands(Collection<String> complaintIds, int count) {
        Set<String> wanted = Set.copyOf(complaintIds);
        return await().atMost(PROMPTLY).until(
                () -> recorder.records(Topics.COMPLAINT_COMMANDS).stream()
                        .filter(command -> wanted.contains(command.key()))
                        .collect(Collectors.groupingBy(ConsumerRecord::key)),
                commands -> wanted.stream().allMatch(complaintId ->
                        commands.getOrDefault(complaintId, List.of()).size() >= count));
    }

    private RecordMetadata publish(String key, String value) {
        return acknowledged(producer.send(record(key, value)));
    }

    /**
     * Hands every record to the producer before waiting for any, so that they reach the service faster
     * than it would take them one by one.
     */
    private List<RecordMetadata> publishAtOnce(List<ProducerRecord<String, String>> records) {
        List<Future<RecordMetadata>> sends = records.stream().map(producer::send).toList();
        producer.flush();
        return sends.stream().map(RoutingServiceIT::acknowledged).toList();
    }

    private static ProducerRecord<String, String> record(String key, String value) {
        return new ProducerRecord<>(Topics.COMPLAINT_EVENTS, key, value);
    }

    private static RecordMetadata acknowledged(Future<RecordMetadata> send) {
        try {
            return send.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the service's consumer group has committed past {@code record}: it was handled. */
    private void awaitConsumed(RecordMetadata record) {
        awaitConsumed(List.of(record));
    }

    /** Waits until the service's consumer group has committed past every one of {@code records}. */
    private void awaitConsumed(List<RecordMetadata> records) {
        RoutingTestSupport.awaitConsumed(admin, records, PROMPTLY);
    }

    /** The complaint's climb to {@code toLevel}, away from {@code previousAssignee}. */
    private static ObjectNode escalated(String complaintId, int toLevel, String previousAssignee) {
        ObjectNode escalated = event("ComplaintEscalated", complaintId);
        payload(escalated).put("fromLevel", toLevel - 1).put("toLevel", toLevel).put("previousAssignee", previousAssignee);
        return escalated;
    }

    /** The catalogue's digest over the topic's latest entry per key, each entry's JSON tree written back compactly. */
    private static String digestAsAReaderComputesIt(List<ConsumerRecord<String, String>> catalogue) {
        SortedMap<String, String> entries = new TreeMap<>();
        for (ConsumerRecord<String, String> record : catalogue) {
            if (record.key().equals("version")) {
                continue;
            }
            if (record.value() == null) {
                entries.remove(record.key());
            } else {
                entries.put(record.key(), JSON.writeValueAsString(JSON.readTree(record.value()).get("entry")));
            }
        }
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException everyJvmHasIt) {
            throw new IllegalStateException(everyJvmHasIt);
        }
        entries.forEach((key, json) -> sha256.update((key + "\n" + json + "\n").getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static List<String> ids(JsonNode staff) {
        return staff.valueStream().map(member -> member.get("id").asString()).toList();
    }
}

package com.complaintbook.intake;

import com.complaintbook.contracts.Topics;
import com.complaintbook.contracts.commands.AssignComplaint;
import com.complaintbook.contracts.commands.CommandEnvelope;
import com.complaintbook.intake.publishing.adapters.out.kafka.ComplaintEventPublisher;
import com.complaintbook.intake.support.IntakeClient;
import com.complaintbook.intake.support.IntakeIntegrationTest;
import com.complaintbook.intake.support.StoredEvents;
import com.complaintbook.intake.support.TestCatalogue;
import com.complaintbook.intake.support.TopicRecorder;
import com.complaintbook.kit.test.DeadLetterProbe;
import com.complaintbook.kit.test.DeadLetterProbe.Parked;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.config.EventProcessingConfiguration;
import org.awaitility.Awaitility;
import org.axonframework.eventhandling.EventProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static com.complaintbook.intake.support.Samples.CEO;
import static com.complaintbook.intake.support.Samples.CLERK;
import static com.complaintbook.intake.support.Samples.DEADLINE;
import static com.complaintbook.intake.support.Samples.MANAGER;
import static com.complaintbook.intake.support.Samples.appealWindowPassed;
import static com.complaintbook.intake.support.Samples.assignment;
import static com.complaintbook.intake.support.Samples.escalation;
import static com.complaintbook.intake.support.Samples.validSubmission;
import static com.complaintbook.intake.support.Samples.warning;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Intake against a real Kafka broker and a real PostgreSQL server: what a terminal posts
 * is stored, published in order, and moved on by commands from routing and escalation.
 */
@IntakeIntegrationTest
class IntakeIT {

    @Autowired WebTestClient web;
    @Autowired EmbeddedKafkaBroker broker;
    @Autowired KafkaTemplate<String, String> kafka;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired EventProcessingConfiguration processing;

    private TopicRecorder events;
    private IntakeClient intake;

    @BeforeEach
    void listen() {
        events = new TopicRecorder(broker.getBrokersAsString(), Topics.COMPLAINT_EVENTS);
        intake = new IntakeClient(web, json);
    }

    @AfterEach
    void stopListening() {
        events.close();
    }

    @Test
    void aSubmissionIsStoredAndPublishedKeyedByComplaintWithItsEnvelope() {
        JsonNode accepted = submit(validSubmission());
        String complaintId = accepted.get("complaintId").asString();

        assertThat(accepted.get("statusUrl").asString()).contains("/customer/");
        Map<String, Object> stored = storedEvents().first(complaintId).orElseThrow();
        assertThat(((Number) stored.get("sequence_number")).longValue()).isZero();

        ConsumerRecord<String, String> published = events.await(keyed(complaintId), 1).get(0);
        JsonNode envelope = json.readTree(published.value());
        assertThat(envelope.get("eventId").asString()).isEqualTo(stored.get("event_identifier"));
        assertThat(envelope.get("complaintId").asString()).isEqualTo(complaintId);
        assertThat(envelope.get("sequence").asLong()).isZero();
        assertThat(envelope.get("type").asString()).isEqualTo("ComplaintSubmitted");
        assertThat(envelope.get("version").asInt()).isEqualTo(1);
        assertThat(envelope.get("payload").get("storeId").asString()).isEqualTo("kyiv-001");
        assertThat(envelope.get("payload").get("reference").asString()).isEqualTo(accepted.get("reference").asString());
        assertThat(envelope.get("payload").get("language").asString()).isEqualTo("uk");
        assertThat(envelope.get("payload").get("customer").get("email").asString()).isEqualTo("olena@example.com");
        assertThat(envelope.get("payload").get("storeName").get("uk").asString()).isEqualTo(TestCatalogue.KYIV_001_NAME.uk());
        assertThat(envelope.get("payload").get("storeAddress").get("en").asString())
                .isEqualTo(TestCatalogue.KYIV_001_ADDRESS.en());
        assertThat(envelope.get("payload").get("categoryName").get("ru").asString()).isEqualTo(TestCatalogue.DELIVERY_NAME.ru());
    }

    @Test
    void aRedeliveredAssignmentIsRecordedOnceAndTheStreamStaysInOrder() {
        String complaintId = submit(validSubmission()).get("complaintId").asString();
        events.await(keyed(complaintId), 1);

        CommandEnvelope<AssignComplaint> assign = assignment(complaintId, CLERK, 0, List.of(MANAGER, CEO));
        send(assign);
        send(assign);
        send(escalation(complaintId, 0));

        List<JsonNode> stream = events.await(keyed(complaintId), 3).stream().map(r -> json.readTree(r.value())).toList();
        assertThat(stream).extracting(e -> e.get("type").asString())
                .containsExactly("ComplaintSubmitted", "ComplaintAssigned", "ComplaintEscalated");
        assertThat(stream).extracting(e -> e.get("sequence").asLong()).containsExactly(0L, 1L, 2L);
        JsonNode assigned = stream.get(1).get("payload");
        assertThat(assigned.get("assignee").get("id").asString()).isEqualTo(CLERK.id());
        assertThat(assigned.get("assignee").get("language").asString()).isEqualTo("uk");
        assertThat(assigned.get("deadline").asString()).isEqualTo("2026-11-25T09:00:00Z");
        assertThat(stream.get(2).get("payload").get("previousAssignee").asString()).isEqualTo(CLERK.id());
    }

    @Test
    void escalationsCommandsWarnOnceClimbOnceAndRecordTheBreachAtTheTopOnceAndTheRepeatsAreHandledSilently() {
        JsonNode accepted = submit(validSubmission());
        String complaintId = accepted.get("complaintId").asString();
        events.await(keyed(complaintId), 1);
        double warningsBefore = handled("WarnOfDeadline");
        double breachesBefore = handled("EscalateComplaint");

        send(assignment(complaintId, CLERK, 0, List.of(MANAGER, CEO)));
        send(warning(complaintId, 0));
        send(warning(complaintId, 0));
        send(escalation(complaintId, 0));
        send(escalation(complaintId, 0));
        send(assignment(complaintId, CEO, 1, List.of()));
        send(escalation(complaintId, 1));
        send(escalation(complaintId, 1));

        List<JsonNode> stream = events.await(keyed(complaintId), 6).stream().map(r -> json.readTree(r.value())).toList();
        assertThat(stream).extracting(e -> e.get("type").asString()).containsExactly("ComplaintSubmitted",
                "ComplaintAssigned", "ComplaintDeadlineApproaching", "ComplaintEscalated", "ComplaintAssigned",
                "ComplaintDeadlineMissedAtTop");
        JsonNode warned = stream.get(2).get("payload");
        assertThat(warned.get("assignee").get("id").asString()).isEqualTo(CLERK.id());
        assertThat(warned.get("escalatesTo").get("name").asString()).isEqualTo(MANAGER.name());
        assertThat(warned.get("deadline").asString()).isEqualTo(DEADLINE.toString());
        JsonNode escalated = stream.get(3).get("payload");
        assertThat(escalated.get("reason").asString()).isEqualTo("deadline-missed");
        assertThat(escalated.get("previousHandler").get("email").asString()).isEqualTo(CLERK.email());
        assertThat(escalated.get("missedDeadline").asString()).isEqualTo(DEADLINE.toString());
        JsonNode missedAtTop = stream.get(5).get("payload");
        assertThat(missedAtTop.get("assignee").get("id").asString()).isEqualTo(CEO.id());
        assertThat(missedAtTop.get("level").asInt()).isEqualTo(1);
        Awaitility.await().untilAsserted(() -> {
            assertThat(handled("WarnOfDeadline")).isEqualTo(warningsBefore + 2);
            assertThat(handled("EscalateComplaint")).isEqualTo(breachesBefore + 4);
        });
        // Overdue at the top, the complaint still waits for the CEO's answer, and the customer sees it in review.
        intake.customerStatus(IntakeClient.linkPath(accepted)).expectStatus().isOk().expectBody()
                .jsonPath("$.stage").isEqualTo("in-review")
                .jsonPath("$.level").isEqualTo(1);
        intake.answer(complaintId, CEO.id(), Map.of("text", "Late, but a new sofa on Friday")).expectStatus().isNoContent();
        assertThat(events.await(keyed(complaintId), 8)).hasSize(8)
                .extracting(r -> json.readTree(r.value()).get("type").asString())
                .endsWith("ComplaintAnswered", "ComplaintClosed");
    }

    @Test
    void anAnswerWhoseAppealWindowPassedIsClosedOnceAndTheCustomerCanNoLongerAppeal() {
        JsonNode accepted = submit(validSubmission());
        String complaintId = accepted.get("complaintId").asString();
        double closesBefore = handled("CloseAfterAppealWindow");
        send(assignment(complaintId, CLERK, 0, List.of(MANAGER, CEO)));
        events.await(keyed(complaintId), 2);
        intake.answer(complaintId, CLERK.id(), Map.of("text", "A voucher for 10%")).expectStatus().isNoContent();
        JsonNode answered = json.readTree(events.await(keyed(complaintId), 3).get(2).value()).get("payload");
        Instant appealDeadline = Instant.parse(answered.get("appealDeadline").asString());

        send(appealWindowPassed(complaintId, 0, appealDeadline));
        send(appealWindowPassed(complaintId, 0, appealDeadline));

        JsonNode closed = json.readTree(events.await(keyed(complaintId), 4).get(3).value());
        assertThat(closed.get("type").asString()).isEqualTo("ComplaintClosed");
        assertThat(closed.get("payload").get("reason").asString()).isEqualTo("appeal-window-passed");
        Awaitility.await().untilAsserted(() -> assertThat(handled("CloseAfterAppealWindow")).isEqualTo(closesBefore + 2));
        // Both closes are handled, so a second close would be stored by now; the publisher keeps the
        // store's order, so once an event stored later is on the topic, a second close would be too.
        assertThat(storedEvents().of(complaintId)).isEqualTo(4);
        String later = submit(validSubmission()).get("complaintId").asString();
        events.await(keyed(later), 1);
        events.awaitCaughtUp();
        assertThat(events.await(keyed(complaintId), 4)).hasSize(4)
                .filteredOn(record -> json.readTree(record.value()).get("type").asString().equals("ComplaintClosed"))
                .hasSize(1);
        intake.customerStatus(IntakeClient.linkPath(accepted)).expectStatus().isOk().expectBody()
                .jsonPath("$.stage").isEqualTo("closed")
                .jsonPath("$.closedBecause").isEqualTo("appeal-window-passed")
                .jsonPath("$.canAccept").isEqualTo(false)
                .jsonPath("$.appealUntil").doesNotExist();
        intake.notSatisfied(IntakeClient.linkPath(accepted), "Too late?").expectStatus().isEqualTo(409);
    }

    @Test
    void aRefusedOrUnreadableCommandIsParkedAtOnceWithItsReasonAndTheNextCommandStillFlows() {
        String complaintId = submit(validSubmission()).get("complaintId").asString();
        events.await(keyed(complaintId), 1);
        double refusedBefore = deadLettered("ComplaintStepRefused");

        try (DeadLetterProbe deadLetters = DeadLetterProbe.of(broker.getBrokersAsString(), Topics.COMPLAINT_COMMANDS,
                "intake-service")) {
            send(assignment(complaintId, MANAGER, 1, List.of(CEO)));
            kafka.send(Topics.COMPLAINT_COMMANDS, complaintId, "{not json");
            kafka.send(Topics.COMPLAINT_COMMANDS, complaintId, "null");
            send(assignment(complaintId, CLERK, 0, List.of(MANAGER, CEO)));

            List<Parked> parked = deadLetters.awaitParked(complaintId, 3);
            assertThat(parked).extracting(Parked::value)
                    .anySatisfy(value -> assertThat(value).contains("\"level\":1"))
                    .anySatisfy(value -> assertThat(value).isEqualTo("{not json"))
                    .anySatisfy(value -> assertThat(value).isEqualTo("null"));
            // Parked at once, not after retries: the reason says which refusal, and no attempt was repeated.
            assertThat(parked).allSatisfy(record -> assertThat(record.header("complaintbook-reason"))
                    .as("the kit's reason header").isPresent());
            assertThat(parked).filteredOn(record -> record.value().contains("\"level\":1")).singleElement()
                    .satisfies(record -> assertThat(record.reason()).startsWith("ComplaintStepRefused"));
            assertThat(parked).filteredOn(record -> record.value().equals("null")).singleElement()
                    .satisfies(record -> assertThat(record.reason()).startsWith("UnreadableEventException"));
        }
        assertThat(events.await(keyed(complaintId), 2)).extracting(r -> json.readTree(r.value()).get("type").asString())
                .containsExactly("ComplaintSubmitted", "ComplaintAssigned");
        // Counted just after the record is on the dead-letter topic.
        Awaitility.await().untilAsserted(() -> {
            assertThat(deadLettered("ComplaintStepRefused")).isEqualTo(refusedBefore + 1);
            assertThat(deadLettered("UnreadableEventException")).isGreaterThanOrEqualTo(1);
        });
    }

    @Test
    void whilePublishingIsStoppedReadinessIsDownTheBacklogIsMeasuredAndNothingIsLost() {
        EventProcessor publisher = processing.eventProcessor(ComplaintEventPublisher.PROCESSING_GROUP).orElseThrow();
        publisher.shutDown();
        String complaintId;
        try {
            web.get().uri("/actuator/health/readiness").exchange()
                    .expectStatus().isEqualTo(503)
                    .expectBody().jsonPath("$.components.publication.status").isEqualTo("DOWN");
            complaintId = submit(validSubmission()).get("complaintId").asString();
            assertThat(storedEvents().of(complaintId)).isEqualTo(1);
            Awaitility.await().untilAsserted(() -> {
                assertThat(metric("complaintbook_intake_publication_behind")).isGreaterThanOrEqualTo(1);
                assertThat(metric("complaintbook_intake_publication_oldest_unpublished_age_seconds")).isPositive();
            });
        } finally {
            publisher.start();
        }

        assertThat(events.await(keyed(complaintId), 1)).hasSize(1);
        Awaitility.await().untilAsserted(() -> {
            assertThat(metric("complaintbook_intake_publication_behind")).isZero();
            web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        });
    }

    @Test
    void aPublisherThatStoppedIsStartedAgainAndWhatWaitedIsPublished() {
        EventProcessor publisher = processing.eventProcessor(ComplaintEventPublisher.PROCESSING_GROUP).orElseThrow();
        double restartsBefore = metric("complaintbook_intake_publication_restarts_total");
        // As Axon stops it when its thread is interrupted: nobody starts it again by hand here.
        publisher.shutDown();

        String complaintId = submit(validSubmission()).get("complaintId").asString();

        assertThat(events.await(keyed(complaintId), 1)).hasSize(1);
        Awaitility.await().untilAsserted(() -> {
            assertThat(publisher.isRunning()).isTrue();
            assertThat(metric("complaintbook_intake_publication_restarts_total")).isEqualTo(restartsBefore + 1);
            web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        });
    }

    @Test
    void aStoredEventThatCannotBeReadIsParkedWithItsPositionAndTheEventsAfterItFlow() {
        String poisoned = UUID.randomUUID().toString();
        long position = jdbc.sql("""
                        INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                            time_stamp, payload_type, payload_revision, payload, meta_data)
                        VALUES (?, ?, 0, 'Complaint', ?, 'com.complaintbook.contracts.events.ComplaintSubmitted', NULL,
                            ?, ?)
                        RETURNING global_index""")
                .params(UUID.randomUUID().toString(), poisoned, Instant.now().toString(),
                        "{\"kind\": 42, \"unclosed".getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8))
                .query(Long.class).single();

        try (DeadLetterProbe deadLetters = new DeadLetterProbe(broker.getBrokersAsString(), ComplaintEventPublisher.DEAD_LETTER_TOPIC)) {
            String after = submit(validSubmission()).get("complaintId").asString();

            Parked parked = deadLetters.awaitParked(poisoned);
            assertThat(parked.header("complaintbook-store-position")).contains(String.valueOf(position));
            assertThat(parked.reason()).isEqualTo("unreadable");
            assertThat(events.await(keyed(after), 1)).hasSize(1);
            assertThat(metric("complaintbook_intake_events_parked_total")).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void aSubmissionWithWrongFieldsNamesEveryOneAndStoresNothing() {
        long storedBefore = storedEvents().all();

        intake.submitFromTerminal(Map.of("kind", "complaint", "storeId", " ", "text", "",
                        "customer", Map.of("email", "not-an-address")))
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.errors[*].field").value(fields -> assertThat((List<Object>) fields)
                        .containsExactlyInAnyOrder("category", "channel", "customer.email", "storeId", "text"));

        assertThat(storedEvents().all()).isEqualTo(storedBefore);
    }

    @Test
    void aValueOfTheWrongKindIsNamedAndMalformedJsonIsABadRequest() {
        Map<String, Object> submission = new HashMap<>(validSubmission());
        submission.put("kind", "praise");

        intake.submitFromTerminal(submission)
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("kind");
        intake.submitFromTerminal("{\"kind\":")
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void anOversizedBodyIsRefusedAsTooLarge() {
        Map<String, Object> submission = new HashMap<>(validSubmission());
        submission.put("text", "x".repeat(200_000));

        intake.submitFromTerminal(submission)
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private JsonNode submit(Map<String, Object> submission) {
        return intake.submitted(submission);
    }

    private void send(CommandEnvelope<?> command) {
        kafka.send(Topics.COMPLAINT_COMMANDS, command.complaintId(), json.writeValueAsString(command)).join();
    }

    private static Predicate<ConsumerRecord<String, String>> keyed(String complaintId) {
        return record -> complaintId.equals(record.key());
    }

    /** Commands of a type the aggregate took, whether they recorded an event or found nothing to do. */
    private double handled(String type) {
        return metric("complaintbook_intake_commands_handled_total", series -> series.contains("type=\"" + type + "\""));
    }

    /** The kit's count of this service's records parked at once for the given reason. */
    private double deadLettered(String reason) {
        return metric("complaintbook_events_dead_lettered_total",
                series -> series.contains("group=\"intake-service\"") && series.contains("reason=\"" + reason + "\""));
    }

    /** The sum of a metric's series as Prometheus scrapes it. */
    private double metric(String name) {
        return metric(name, series -> true);
    }

    private double metric(String name, Predicate<String> series) {
        // A scrape is larger than a submission may be; the test client's buffer follows the server's setting.
        String scrape = web.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 * 1024 * 1024)).build()
                .get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        return scrape.lines().filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .filter(series)
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private StoredEvents storedEvents() {
        return new StoredEvents(jdbc);
    }
}

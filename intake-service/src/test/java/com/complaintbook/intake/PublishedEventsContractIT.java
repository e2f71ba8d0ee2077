package com.complaintbook.intake;

import com.complaintbook.contracts.Topics;
import com.complaintbook.contracts.commands.CommandEnvelope;
import com.complaintbook.contracts.events.ComplaintEventType;
import com.complaintbook.intake.support.IntakeClient;
import com.complaintbook.intake.support.IntakeIntegrationTest;
import com.complaintbook.kit.test.ContractSchemas;
import com.complaintbook.kit.test.TopicRecorder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static com.complaintbook.intake.support.IntakeClient.linkPath;
import static com.complaintbook.intake.support.Samples.CEO;
import static com.complaintbook.intake.support.Samples.CLERK;
import static com.complaintbook.intake.support.Samples.MANAGER;
import static com.complaintbook.intake.support.Samples.appealWindowPassed;
import static com.complaintbook.intake.support.Samples.assignment;
import static com.complaintbook.intake.support.Samples.escalation;
import static com.complaintbook.intake.support.Samples.validSubmission;
import static com.complaintbook.intake.support.Samples.warning;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The producer side of the events' contract, on the running service: three complaints are taken
 * through every step a complaint can take (through the API, the customer's link and the commands
 * of routing and escalation), and then every record on the events topic, theirs and those every
 * other test in this context made intake publish, must satisfy the contracts' JSON Schemas.
 */
@IntakeIntegrationTest
class PublishedEventsContractIT {

    @Autowired WebTestClient web;
    @Autowired JsonMapper json;
    @Autowired KafkaTemplate<String, String> kafka;
    @Autowired EmbeddedKafkaBroker broker;

    private IntakeClient intake;
    private TopicRecorder events;

    @BeforeEach
    void connect() {
        intake = new IntakeClient(web, json);
        events = new TopicRecorder(broker.getBrokersAsString(), Topics.COMPLAINT_EVENTS);
    }

    @AfterEach
    void disconnect() {
        events.close();
    }

    @Test
    void everyEventIntakePublishesKeepsTheContractAndEveryTypeIsAmongThem() {
        JsonNode complaint = intake.submitted(validSubmission());
        String appealed = complaint.get("complaintId").asString();
        send(assignment(appealed, CLERK, 0, List.of(MANAGER, CEO)));
        awaitEvents(appealed, 2);
        intake.answer(appealed, CLERK.id(), Map.of("text", "A voucher for 10%")).expectStatus().isNoContent();
        intake.notSatisfied(linkPath(complaint), "A voucher is not a sofa").expectStatus().isOk();
        send(assignment(appealed, MANAGER, 1, List.of(CEO)));
        awaitEvents(appealed, 5);
        intake.reject(appealed, MANAGER.id(), Map.of("reason", "duplicate", "comment", "Answered under your earlier one"))
                .expectStatus().isNoContent();
        intake.accept(linkPath(complaint)).expectStatus().isOk();

        Map<String, Object> anonymousSuggestion = new HashMap<>(validSubmission());
        anonymousSuggestion.put("kind", "suggestion");
        anonymousSuggestion.remove("customer");
        String missed = intake.submitted(anonymousSuggestion).get("complaintId").asString();
        send(assignment(missed, CLERK, 0, List.of(MANAGER, CEO)));
        awaitEvents(missed, 2);
        send(warning(missed, 0));
        send(escalation(missed, 0));
        send(assignment(missed, CEO, 1, List.of()));
        send(warning(missed, 1));
        send(escalation(missed, 1));
        awaitEvents(missed, 7);
        intake.answer(missed, CEO.id(), Map.of("text", "We will try it", "outcome", "implemented"))
                .expectStatus().isNoContent();

        String leftToClose = intake.submitted(validSubmission()).get("complaintId").asString();
        send(assignment(leftToClose, CLERK, 0, List.of(MANAGER, CEO)));
        awaitEvents(leftToClose, 2);
        intake.reject(leftToClose, CLERK.id(), Map.of("reason", "not-ours")).expectStatus().isNoContent();
        Instant appealDeadline = Instant.parse(json.readTree(awaitEvents(leftToClose, 3).get(2).value())
                .get("payload").get("appealDeadline").asString());
        send(appealWindowPassed(leftToClose, 0, appealDeadline));

        assertThat(typesOf(awaitEvents(appealed, 7))).containsExactly("ComplaintSubmitted", "ComplaintAssigned",
                "ComplaintAnswered", "ComplaintEscalated", "ComplaintAssigned", "ComplaintRejected", "ComplaintClosed");
        assertThat(typesOf(awaitEvents(missed, 9))).containsExactly("ComplaintSubmitted", "ComplaintAssigned",
                "ComplaintDeadlineApproaching", "ComplaintEscalated", "ComplaintAssigned", "ComplaintDeadlineApproaching",
                "ComplaintDeadlineMissedAtTop", "ComplaintAnswered", "ComplaintClosed");
        assertThat(typesOf(awaitEvents(leftToClose, 4))).containsExactly("ComplaintSubmitted", "ComplaintAssigned",
                "ComplaintRejected", "ComplaintClosed");
        Set<ComplaintEventType> checked = events.records(Topics.COMPLAINT_EVENTS).stream()
                .map(record -> ContractSchemas.assertEvent(record.key(), record.value()))
                .collect(Collectors.toSet());
        assertThat(checked).containsExactlyInAnyOrder(ComplaintEventType.values());
    }

    private void send(CommandEnvelope<?> command) {
        kafka.send(Topics.COMPLAINT_COMMANDS, command.complaintId(), json.writeValueAsString(command)).join();
    }

    private List<ConsumerRecord<String, String>> awaitEvents(String complaintId, int count) {
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> events.records(Topics.COMPLAINT_EVENTS, complaintId), records -> records.size() >= count);
    }

    private List<String> typesOf(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(record -> json.readTree(record.value()).get("type").asString()).toList();
    }
}

package com.complaintbook.intake;

import com.complaintbook.contracts.Topics;
import com.complaintbook.intake.support.IntakeClient;
import com.complaintbook.intake.support.TopicRecorder;
import com.complaintbook.intake.support.TestCatalogue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

import static com.complaintbook.intake.support.Samples.CEO;
import static com.complaintbook.intake.support.Samples.CLERK;
import static com.complaintbook.intake.support.Samples.MANAGER;
import static com.complaintbook.intake.support.Samples.assignment;
import static com.complaintbook.intake.support.Samples.validSubmission;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same code against the PostgreSQL and Apache Kafka images, as in production.
 * Needs Docker; skipped where there is none.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@TestPropertySource(locations = "classpath:intake-test.properties")
@Import(TestCatalogue.PublishedBeforeStart.class)
class IntakeContainersIT {

    @Container
    @ServiceConnection
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.1");

    @Container
    @ServiceConnection
    static final PostgreSQLContainer POSTGRES = new PostgreSQLContainer("postgres:17");

    @Autowired WebTestClient web;
    @Autowired KafkaTemplate<String, String> kafka;
    @Autowired JsonMapper json;

    @Test
    void aSubmissionIsStoredOnRealPostgresAndPublishedWithItsAssignmentOnRealKafka() {
        String complaintId = new IntakeClient(web, json).submitted(validSubmission()).get("complaintId").asString();

        kafka.send(Topics.COMPLAINT_COMMANDS, complaintId,
                json.writeValueAsString(assignment(complaintId, CLERK, 0, List.of(MANAGER, CEO)))).join();

        try (TopicRecorder events = new TopicRecorder(KAFKA.getBootstrapServers(), Topics.COMPLAINT_EVENTS)) {
            List<JsonNode> stream = events.await(record -> complaintId.equals(record.key()), 2).stream()
                    .map(record -> json.readTree(record.value())).toList();
            assertThat(stream).extracting(event -> event.get("type").asString())
                    .containsExactly("ComplaintSubmitted", "ComplaintAssigned");
        }
    }
}

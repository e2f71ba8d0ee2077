package com.complaintbook.localsystem.benchmark;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's events are the contracts' own: read against the contracts module's JSON Schemas. */
class DeadlineEventsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant FIRST = Instant.parse("2026-12-02T01:03:00Z");

    private final DeadlinePlan plan = new DeadlinePlan(List.of("c-1", "c-2"), FIRST, Duration.ofMinutes(3),
            Duration.ofHours(24), 0.75);
    private final DeadlineEvents events = new DeadlineEvents(plan);

    @Test
    void theSubmissionIsAContractsComplaintSubmittedAtSequenceZero() throws IOException {
        JsonNode submitted = JSON.readTree(events.submitted(1));

        assertFitsSchema(submitted, "contracts/schemas/EventEnvelope.v1.schema.json");
        assertFitsSchema(submitted.path("payload"), "contracts/schemas/events/ComplaintSubmitted.v1.schema.json");
        assertThat(submitted.path("type").asString()).isEqualTo("ComplaintSubmitted");
        assertThat(submitted.path("sequence").asInt()).isZero();
        assertThat(submitted.path("complaintId").asString()).isEqualTo("c-2");
        assertThat(Instant.parse(submitted.path("payload").path("submittedAt").asString())).isBefore(plan.assignedAt(1));
    }

    @Test
    void theAssignmentIsAContractsComplaintAssignedAtSequenceOneWithThePlansDeadline() throws IOException {
        JsonNode assigned = JSON.readTree(events.assigned(1));

        assertFitsSchema(assigned, "contracts/schemas/EventEnvelope.v1.schema.json");
        JsonNode payload = assigned.path("payload");
        assertFitsSchema(payload, "contracts/schemas/events/ComplaintAssigned.v1.schema.json");
        assertFitsSchema(payload.path("assignee"), "contracts/schemas/StaffMember.v1.schema.json");
        payload.path("managers").forEach(manager -> assertFitsSchema(manager, "contracts/schemas/StaffMember.v1.schema.json"));
        assertThat(assigned.path("sequence").asInt()).isEqualTo(1);
        assertThat(payload.path("complaintId").asString()).isEqualTo("c-2");
        assertThat(Instant.parse(payload.path("deadline").asString())).isEqualTo(plan.deadline(1));
        assertThat(Instant.parse(payload.path("assignedAt").asString())).isEqualTo(plan.assignedAt(1));
        assertThat(payload.path("managers")).isNotEmpty();
    }

    @Test
    void everyEventHasAnIdOfItsOwn() throws IOException {
        assertThat(JSON.readTree(events.assigned(0)).path("eventId").asString())
                .isNotEqualTo(JSON.readTree(events.assigned(0)).path("eventId").asString());
    }

    /** Every field the schema requires, and none it does not name (the schemas allow more; the contracts' samples do not). */
    private static void assertFitsSchema(JsonNode node, String schemaResource) {
        JsonNode schema = schema(schemaResource);
        Set<String> fields = new HashSet<>(node.propertyNames());
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(name -> required.add(name.asString()));
        Set<String> named = new HashSet<>(schema.path("properties").propertyNames());
        assertThat(fields).as(schemaResource).containsAll(required);
        assertThat(named).as(schemaResource).containsAll(fields);
    }

    private static JsonNode schema(String resource) {
        try (InputStream in = DeadlineEventsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}

package com.complaintbook.intake.config;

import com.complaintbook.intake.domain.ComplaintEvent;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upcaster on its own, on the stored bytes of a revision-1 escalation. Reading the event back
 * through the store cannot show it works: Jackson reads the two missing fields as null either way.
 */
class EscalatedRevisionOneUpcasterTest {

    private static final String ESCALATED = ComplaintEvent.Escalated.class.getName();
    private static final String REVISION_ONE_PAYLOAD = """
            {"complaintId":"c-1","fromLevel":0,"toLevel":1,"reason":"deadline-missed",
             "previousAssignee":"e-delivery-lead","comment":null,"escalatedAt":"2026-11-23T09:00:30Z"}""";

    private final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();

    @Test
    void aRevisionOneEscalationIsReadAsRevisionTwoWithBothNewFieldsPresentAndEmpty() {
        List<IntermediateEventRepresentation> upcast = upcast(ESCALATED, "1", REVISION_ONE_PAYLOAD);

        assertThat(upcast).singleElement().satisfies(event -> {
            assertThat(event.getType()).isEqualTo(new SimpleSerializedType(ESCALATED, "2"));
            JsonNode payload = event.getData(JsonNode.class).getData();
            assertThat(payload.has("previousHandler")).isTrue();
            assertThat(payload.get("previousHandler").isNull()).isTrue();
            assertThat(payload.has("missedDeadline")).isTrue();
            assertThat(payload.get("missedDeadline").isNull()).isTrue();
            assertThat(payload.get("previousAssignee").asText()).isEqualTo("e-delivery-lead");
            assertThat(payload.get("escalatedAt").asText()).isEqualTo("2026-11-23T09:00:30Z");
        });
    }

    @Test
    void anEscalationAlreadyInRevisionTwoIsLeftAsStored() {
        String revisionTwo = """
                {"complaintId":"c-1","fromLevel":0,"toLevel":1,"reason":"deadline-missed",
                 "previousAssignee":"e-delivery-lead","comment":null,"escalatedAt":"2026-11-23T09:00:30Z",
                 "previousHandler":{"id":"e-delivery-lead","name":"Ivan Petrenko","email":"ivan@retail.example"},
                 "missedDeadline":"2026-11-23T09:00:00Z"}""";

        List<IntermediateEventRepresentation> upcast = upcast(ESCALATED, "2", revisionTwo);

        assertThat(upcast).singleElement().satisfies(event -> {
            assertThat(event.getType()).isEqualTo(new SimpleSerializedType(ESCALATED, "2"));
            assertThat(event.getData(JsonNode.class).getData().get("missedDeadline").asText())
                    .isEqualTo("2026-11-23T09:00:00Z");
        });
    }

    private List<IntermediateEventRepresentation> upcast(String type, String revision, String payload) {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("Complaint", "c-1", 2,
                "event-1", "2026-11-23T09:00:30Z", type, revision,
                payload.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        Stream<IntermediateEventRepresentation> initial = Stream.of(new InitialEventRepresentation(stored, serializer));
        return new EscalatedRevisionOneUpcaster().upcast(initial).toList();
    }
}

package com.complaintbook.routing.adapters.in.kafka;

import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.contracts.events.ComplaintEscalated;
import com.complaintbook.contracts.events.ComplaintSubmitted;
import com.complaintbook.contracts.events.EventEnvelope;
import com.complaintbook.kit.events.UnreadableEventException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComplaintEventReaderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ComplaintEventReader reader = new ComplaintEventReader(JSON);

    @Test
    void givenTheSubmittedGoldenSample_whenRead_thenRoutingSeesKindCategoryAndTime() {
        EventEnvelope<ComplaintSubmitted> event = reader.submitted(reader.envelope(sample("ComplaintSubmitted").toString()));

        assertThat(event.eventId()).isEqualTo("0b9f3a52-7c1d-4e8a-b6f2-1d3c5e7a9b01");
        assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-11-20T09:15:30Z"));
        assertThat(event.payload().kind()).isEqualTo(ComplaintKind.COMPLAINT);
        assertThat(event.payload().category()).isEqualTo("delivery");
        assertThat(event.payload().submittedAt()).isEqualTo(Instant.parse("2026-11-20T09:15:30Z"));
    }

    @Test
    void givenTheEscalatedGoldenSample_whenRead_thenRoutingSeesWhoItLeftAndWhere() {
        EventEnvelope<ComplaintEscalated> event = reader.escalated(reader.envelope(sample("ComplaintEscalated").toString()));

        assertThat(event.payload().previousAssignee()).isEqualTo("e-delivery-lead");
        assertThat(event.payload().toLevel()).isEqualTo(1);
    }

    @Test
    void givenFieldsANewerProducerAdded_whenRead_thenTheyAreIgnored() {
        ObjectNode sample = sample("ComplaintSubmitted");
        sample.put("traceId", "abc");
        ((ObjectNode) sample.get("payload")).put("priority", "high");

        assertThat(reader.submitted(reader.envelope(sample.toString())).payload().category()).isEqualTo("delivery");
    }

    @Test
    void givenTextThatIsNotJson_whenRead_thenUnreadable() {
        assertThatThrownBy(() -> reader.envelope("{not json"))
                .isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("not an event envelope");
    }

    @Test
    void givenAnEnvelopeWithoutEventId_whenRead_thenUnreadable() {
        ObjectNode sample = sample("ComplaintSubmitted");
        sample.remove("eventId");

        assertThatThrownBy(() -> reader.envelope(sample.toString())).isInstanceOf(UnreadableEventException.class);
    }

    @Test
    void givenASubmittedEventWithoutCategory_whenRead_thenUnreadable() {
        ObjectNode sample = sample("ComplaintSubmitted");
        ((ObjectNode) sample.get("payload")).remove("category");

        assertThatThrownBy(() -> reader.submitted(reader.envelope(sample.toString())))
                .isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("kind, category and submittedAt");
    }

    @Test
    void givenAKindTheContractDoesNotKnow_whenRead_thenUnreadable() {
        ObjectNode sample = sample("ComplaintSubmitted");
        ((ObjectNode) sample.get("payload")).put("kind", "compliment");

        assertThatThrownBy(() -> reader.submitted(reader.envelope(sample.toString())))
                .isInstanceOf(UnreadableEventException.class);
    }

    @Test
    void givenAPayloadAboutAnotherComplaint_whenRead_thenUnreadable() {
        ObjectNode sample = sample("ComplaintEscalated");
        ((ObjectNode) sample.get("payload")).put("complaintId", "someone-else");

        assertThatThrownBy(() -> reader.escalated(reader.envelope(sample.toString())))
                .isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("someone-else");
    }

    private static ObjectNode sample(String type) {
        String path = "/contracts/samples/events/" + type + ".v1.json";
        try (InputStream in = ComplaintEventReaderTest.class.getResourceAsStream(path)) {
            JsonNode node = JSON.readTree(in);
            return (ObjectNode) node;
        } catch (IOException e) {
            throw new IllegalStateException(path, e);
        }
    }
}

package com.complaintbook.escalation.adapters.in.kafka;

import com.complaintbook.contracts.events.ComplaintAnswered;
import com.complaintbook.contracts.events.ComplaintAssigned;
import com.complaintbook.contracts.events.ComplaintEscalated;
import com.complaintbook.contracts.events.ComplaintRejected;
import com.complaintbook.contracts.events.EventEnvelope;
import com.complaintbook.kit.events.UnreadableEventException;
import org.junit.jupiter.api.Test;
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
    void givenTheAssignedGoldenSample_whenRead_thenEscalationSeesSequenceAssigneeLevelAndDeadline() {
        EventEnvelope<ComplaintAssigned> event = reader.assigned(reader.envelope(sample("ComplaintAssigned").toString()));

        assertThat(event.sequence()).isEqualTo(1);
        assertThat(event.payload().assignee().id()).isEqualTo("e-delivery-lead");
        assertThat(event.payload().level()).isZero();
        assertThat(event.payload().deadline()).isEqualTo(Instant.parse("2026-11-23T09:15:30Z"));
    }

    @Test
    void givenTheClosingGoldenSamples_whenRead_thenEscalationSeesTheirLevels() {
        EventEnvelope<ComplaintAnswered> answered = reader.answered(reader.envelope(sample("ComplaintAnswered").toString()));
        EventEnvelope<ComplaintRejected> rejected = reader.rejected(reader.envelope(sample("ComplaintRejected").toString()));
        EventEnvelope<ComplaintEscalated> escalated = reader.escalated(reader.envelope(sample("ComplaintEscalated").toString()));

        assertThat(answered.sequence()).isEqualTo(2);
        assertThat(answered.payload().level()).isZero();
        assertThat(rejected.payload().level()).isZero();
        assertThat(escalated.payload().fromLevel()).isZero();
    }

    @Test
    void givenFieldsANewerProducerAdded_whenRead_thenTheyAreIgnored() {
        ObjectNode sample = sample("ComplaintAssigned");
        sample.put("traceId", "abc");
        ((ObjectNode) sample.get("payload")).put("businessHoursOnly", true);

        assertThat(reader.assigned(reader.envelope(sample.toString())).payload().assignee().id())
                .isEqualTo("e-delivery-lead");
    }

    @Test
    void givenAnEnvelopeWithoutSequence_whenRead_thenUnreadableRatherThanSequenceZero() {
        ObjectNode sample = sample("ComplaintAnswered");
        sample.remove("sequence");

        assertThatThrownBy(() -> reader.envelope(sample.toString()))
                .isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("sequence");
    }

    @Test
    void givenTextThatIsNotJson_whenRead_thenUnreadable() {
        assertThatThrownBy(() -> reader.envelope("{not json")).isInstanceOf(UnreadableEventException.class);
        assertThatThrownBy(() -> reader.envelope("42")).isInstanceOf(UnreadableEventException.class);
    }

    @Test
    void givenAnAssignmentWithoutDeadline_whenRead_thenUnreadable() {
        ObjectNode sample = sample("ComplaintAssigned");
        ((ObjectNode) sample.get("payload")).remove("deadline");

        assertThatThrownBy(() -> reader.assigned(reader.envelope(sample.toString())))
                .isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("deadline");
    }

    @Test
    void givenAPayloadAboutAnotherComplaint_whenRead_thenUnreadable() {
        ObjectNode sample = sample("ComplaintAnswered");
        ((ObjectNode) sample.get("payload")).put("complaintId", "someone-else");

        assertThatThrownBy(() -> reader.answered(reader.envelope(sample.toString())))
                .isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("someone-else");
    }

    private static ObjectNode sample(String type) {
        String path = "/contracts/samples/events/" + type + ".v1.json";
        try (InputStream in = ComplaintEventReaderTest.class.getResourceAsStream(path)) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(path, e);
        }
    }
}

package com.complaintbook.kit.events;

import com.complaintbook.contracts.events.ComplaintEventType;
import com.complaintbook.contracts.events.ComplaintSubmitted;
import com.complaintbook.contracts.events.EventEnvelope;
import com.complaintbook.contracts.samples.SampleEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventEnvelopeReaderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final EventEnvelopeReader reader = new EventEnvelopeReader(JSON);

    @ParameterizedTest
    @EnumSource(ComplaintEventType.class)
    void readsTheEnvelopeOfEveryGoldenSampleAndLeavesThePayloadATree(ComplaintEventType type) {
        SampleEvent sample = SampleEvent.of(type);

        EventEnvelope<JsonNode> envelope = reader.read(sample.json());

        assertThat(envelope.type()).isEqualTo(type.logicalName());
        assertThat(envelope.version()).isEqualTo(type.version());
        assertThat(envelope.complaintId()).isEqualTo(sample.complaintId());
        assertThat(envelope.occurredAt()).isEqualTo(sample.occurredAt());
        assertThat(envelope.payload().isObject()).isTrue();
    }

    @Test
    void readsATypeNoContractKnowsBecauseSkippingItIsTheServicesChoice() {
        EventEnvelope<JsonNode> envelope = reader.read(
                SampleEvent.of(ComplaintEventType.SUBMITTED).envelope("type", "ComplaintFromTheFuture").json());

        assertThat(envelope.type()).isEqualTo("ComplaintFromTheFuture");
    }

    @Test
    void ignoresEnvelopeFieldsANewerProducerAdded() {
        EventEnvelope<JsonNode> envelope = reader.read(
                SampleEvent.of(ComplaintEventType.ASSIGNED).envelope("traceId", "abc").sequence(7).json());

        assertThat(envelope.sequence()).isEqualTo(7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "not json at all", "{not json", "42", "[]", "\"text\""})
    void refusesWhatIsNotAJsonObject(String value) {
        assertThatThrownBy(() -> reader.read(value)).isInstanceOf(UnreadableEventException.class);
    }

    @Test
    void refusesNoValueAtAll() {
        assertThatThrownBy(() -> reader.read(null))
                .isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"eventId", "complaintId", "type", "occurredAt", "payload"})
    void refusesAnEnvelopeWithoutARequiredField(String field) {
        assertThatThrownBy(() -> reader.read(without(field)))
                .isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining(field);
    }

    @Test
    void refusesAMissingSequenceRatherThanReadingItAsZero() {
        assertThatThrownBy(() -> reader.read(without("sequence")))
                .isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("sequence");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "\"3\"", "1.5"})
    void refusesASequenceThatIsNoPositionInAStream(String sequence) {
        String json = SampleEvent.of(ComplaintEventType.ANSWERED).json().replaceFirst("\"sequence\":\\d+", "\"sequence\":" + sequence);

        assertThatThrownBy(() -> reader.read(json)).isInstanceOf(UnreadableEventException.class);
    }

    @Test
    void refusesABlankEventId() {
        assertThatThrownBy(() -> reader.read(SampleEvent.of(ComplaintEventType.CLOSED).envelope("eventId", " ").json()))
                .isInstanceOf(UnreadableEventException.class);
    }

    @Test
    void refusesAPayloadThatIsNotAnObject() {
        ObjectNode envelope = sample();
        envelope.put("payload", "text");

        assertThatThrownBy(() -> reader.read(envelope.toString())).isInstanceOf(UnreadableEventException.class);
    }

    @Test
    void refusesAnOccurrenceTimeThatIsNoInstant() {
        ObjectNode envelope = sample();
        envelope.put("occurredAt", "yesterday");

        assertThatThrownBy(() -> reader.read(envelope.toString()))
                .isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("not an event envelope");
    }

    @Test
    void keepsTheOccurrenceTimeToTheInstant() {
        ObjectNode envelope = sample();
        envelope.put("occurredAt", "2026-11-20T09:15:30.123Z");

        assertThat(reader.read(envelope.toString()).occurredAt()).isEqualTo(Instant.parse("2026-11-20T09:15:30.123Z"));
    }

    @Test
    void mapsThePayloadToTheRecordAReaderChose() {
        EventEnvelope<ComplaintSubmitted> submitted = reader.payloadAs(reader.read(sample().toString()),
                ComplaintSubmitted.class, ComplaintSubmitted::complaintId);

        assertThat(submitted.payload().storeId()).isEqualTo("kyiv-001");
        assertThat(submitted.sequence()).isZero();
    }

    @Test
    void refusesAPayloadAboutAnotherComplaint() {
        ObjectNode envelope = sample();
        ((ObjectNode) envelope.get("payload")).put("complaintId", "another-complaint");

        assertThatThrownBy(() -> reader.payloadAs(reader.read(envelope.toString()), ComplaintSubmitted.class,
                ComplaintSubmitted::complaintId))
                .isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("its payload names another-complaint");
    }

    @Test
    void refusesAPayloadThatDoesNotMapToTheRecord() {
        ObjectNode envelope = sample();
        ((ObjectNode) envelope.get("payload")).put("submittedAt", "last Tuesday");

        assertThatThrownBy(() -> reader.payloadAs(reader.read(envelope.toString()), ComplaintSubmitted.class,
                ComplaintSubmitted::complaintId))
                .isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("unreadable ComplaintSubmitted v1 payload");
    }

    @Test
    void refusesAnEventWithoutWhatTheReaderRequires() {
        EventEnvelope<JsonNode> envelope = reader.read(sample().toString());

        EventEnvelopeReader.require(envelope, true, "category");
        assertThatThrownBy(() -> EventEnvelopeReader.require(envelope, false, "category"))
                .isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("lacks category");
    }

    private static String without(String field) {
        ObjectNode envelope = sample();
        envelope.remove(field);
        return envelope.toString();
    }

    private static ObjectNode sample() {
        return (ObjectNode) JSON.readTree(SampleEvent.of(ComplaintEventType.SUBMITTED).json());
    }
}

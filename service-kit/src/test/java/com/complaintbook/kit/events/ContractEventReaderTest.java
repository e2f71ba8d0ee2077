package com.complaintbook.kit.events;

import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.contracts.Language;
import com.complaintbook.contracts.events.ComplaintEventType;
import com.complaintbook.contracts.events.ComplaintSubmitted;
import com.complaintbook.contracts.events.EventEnvelope;
import com.complaintbook.contracts.samples.SampleEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What notification and reporting read of every event the contracts describe. */
class ContractEventReaderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ContractEventReader reader = new ContractEventReader(JSON);

    @ParameterizedTest
    @EnumSource(ComplaintEventType.class)
    void readsEveryGoldenSampleIntoItsRecord(ComplaintEventType type) {
        EventEnvelope<?> event = reader.read(SampleEvent.of(type).json()).orElseThrow();

        assertThat(event.payload()).isInstanceOf(type.payloadType());
        assertThat(event.type()).isEqualTo(type.logicalName());
        assertThat(event.complaintId()).isEqualTo("3f6c2a1e-8d4b-4c57-9a0e-5b7d1f2c9e41");
    }

    @Test
    void readsTheReferenceOfTheGoldenSubmission() {
        ComplaintSubmitted submitted = (ComplaintSubmitted) reader.read(SampleEvent.of(ComplaintEventType.SUBMITTED).json())
                .orElseThrow().payload();

        assertThat(submitted.reference()).isEqualTo("KB-26-004213");
    }

    @Test
    void readsASubmissionPublishedBeforeReferencesExisted() {
        ObjectNode envelope = (ObjectNode) JSON.readTree(SampleEvent.of(ComplaintEventType.SUBMITTED).json());
        ((ObjectNode) envelope.get("payload")).remove("reference");

        ComplaintSubmitted submitted = (ComplaintSubmitted) reader.read(JSON.writeValueAsString(envelope))
                .orElseThrow().payload();

        assertThat(submitted.reference()).isNull();
        assertThat(submitted.storeId()).isEqualTo("kyiv-001");
    }

    @Test
    void ignoresFieldsANewerProducerAdded() {
        String json = SampleEvent.of(ComplaintEventType.SUBMITTED)
                .envelope("traceId", "abc")
                .payload("loyaltyCard", new StringNode("1234"))
                .json();

        ComplaintSubmitted submitted = (ComplaintSubmitted) reader.read(json).orElseThrow().payload();

        assertThat(submitted.kind()).isEqualTo(ComplaintKind.COMPLAINT);
        assertThat(submitted.language()).isEqualTo(Language.UK);
    }

    @Test
    void skipsATypeOrVersionItDoesNotKnow() {
        assertThat(reader.read(SampleEvent.of(ComplaintEventType.SUBMITTED).envelope("type", "ComplaintFromTheFuture").json())).isEmpty();
        assertThat(reader.read(SampleEvent.of(ComplaintEventType.ASSIGNED).json().replace("\"version\":1", "\"version\":2"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json at all", "{\"eventId\":\"e\"}", "[]", " "})
    void refusesWhatIsNotAnEventEnvelope(String value) {
        assertThatThrownBy(() -> reader.read(value)).isInstanceOf(UnreadableEventException.class);
    }

    @Test
    void refusesAPayloadThatDoesNotFitItsType() {
        String json = SampleEvent.of(ComplaintEventType.SUBMITTED).payload("kind", "praise").json();

        assertThatThrownBy(() -> reader.read(json)).isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("ComplaintSubmitted v1");
    }
}

package com.complaintbook.kit.test;

import com.complaintbook.contracts.commands.ComplaintCommandType;
import com.complaintbook.contracts.events.ComplaintEventType;
import com.complaintbook.contracts.samples.SampleEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContractSchemasTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COMPLAINT = "3f6c2a1e-8d4b-4c57-9a0e-5b7d1f2c9e41";

    @ParameterizedTest
    @EnumSource(ComplaintEventType.class)
    void everyGoldenEventKeepsTheContractAndNamesItsType(ComplaintEventType type) {
        assertThat(ContractSchemas.assertEvent(COMPLAINT, SampleEvent.of(type).json())).isEqualTo(type);
    }

    @ParameterizedTest
    @EnumSource(ComplaintCommandType.class)
    void everyGoldenCommandKeepsTheContractAndNamesItsType(ComplaintCommandType type) {
        assertThat(ContractSchemas.assertCommand(COMPLAINT, command(type).toString())).isEqualTo(type);
    }

    @Test
    void aPayloadMissingARequiredFieldOrWithAMalformedTimeIsNamed() {
        String event = SampleEvent.of(ComplaintEventType.ASSIGNED).withoutPayload("assignee")
                .payload("deadline", "next Tuesday").json();

        assertThat(ContractSchemas.eventViolations(COMPLAINT, event))
                .anySatisfy(violation -> assertThat(violation).startsWith("payload (ComplaintAssigned v1)").contains("assignee"))
                .anySatisfy(violation -> assertThat(violation).contains("deadline"));
        assertThatThrownBy(() -> ContractSchemas.assertEvent(COMPLAINT, event))
                .isInstanceOf(AssertionError.class).hasMessageContaining("assignee");
    }

    @Test
    void anEnvelopeWithoutItsSequenceOrKeyedByAnotherComplaintIsRefused() {
        ObjectNode command = command(ComplaintCommandType.ASSIGN);
        command.remove("issuedBy");

        assertThat(ContractSchemas.commandViolations("another-complaint", command.toString()))
                .anySatisfy(violation -> assertThat(violation).startsWith("envelope").contains("issuedBy"))
                .anySatisfy(violation -> assertThat(violation).contains("record key another-complaint"));
        assertThat(ContractSchemas.eventViolations(COMPLAINT, SampleEvent.of(ComplaintEventType.CLOSED)
                .payload("complaintId", "someone-else").json()))
                .singleElement().asString().contains("payload's complaintId someone-else");
    }

    @Test
    void aTypeOrVersionTheContractsDoNotDefineAndWhatIsNotJsonAreRefused() {
        String newer = SampleEvent.of(ComplaintEventType.SUBMITTED).envelope("type", "ComplaintPraised").json();

        assertThat(ContractSchemas.eventViolations(COMPLAINT, newer))
                .containsExactly("no events contract for type ComplaintPraised version 1");
        assertThat(ContractSchemas.eventViolations(COMPLAINT, "{\"eventId\": ")).singleElement().asString().startsWith("not JSON");
        assertThat(ContractSchemas.commandViolations(COMPLAINT, "null")).containsExactly("not a JSON object");
    }

    private static ObjectNode command(ComplaintCommandType type) {
        String path = "/contracts/samples/commands/" + type.logicalName() + ".v" + type.version() + ".json";
        try (InputStream in = ContractSchemasTest.class.getResourceAsStream(path)) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(path, e);
        }
    }
}

package com.complaintbook.routing.adapters.out.kafka;

import com.complaintbook.contracts.Language;
import com.complaintbook.contracts.Topics;
import com.complaintbook.contracts.commands.ComplaintCommandType;
import com.complaintbook.kit.test.ContractSchemas;
import com.complaintbook.kit.test.ContractTypesNamed;
import com.complaintbook.routing.application.AssignmentDecision;
import com.complaintbook.routing.domain.Assignment;
import com.complaintbook.routing.domain.Employee;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.mock.MockProducerFactory;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The producer side of the commands' contract: every assignment routing can decide, sent by the real
 * publisher, is a record the contracts' JSON Schemas accept, keyed by its complaint; and every
 * command type routing's outbound adapter names is among those checked, so a new one it starts to
 * send fails here until its records are checked too. {@code RoutingServiceIT} checks every command
 * the running service sends the same way.
 */
class SentCommandsContractTest {

    private static final Instant DECIDED_AT = Instant.parse("2026-11-20T09:15:30Z");
    private static final Employee CEO = new Employee("ceo", "Taras Bondarenko", "taras.bondarenko@retail.example", Language.UK);
    private static final Employee DIRECTOR = new Employee("d-operations", "Maria Kovalenko", "maria.kovalenko@retail.example", Language.RU);
    private static final Employee MANAGER = new Employee("m-logistics", "Oksana Tkachenko", "oksana.tkachenko@retail.example", Language.EN);
    // A staff member without a known language: the field is optional on the wire.
    private static final Employee LEAD = new Employee("e-delivery-lead", "Ivan Petrenko", "ivan.petrenko@retail.example", null);

    @Test
    void everyAssignmentFromTheFirstLevelToTheCeoIsSentAsACommandTheContractsAccept() {
        List<AssignmentDecision> decisions = List.of(
                decision(new Assignment(0, LEAD, "delivery-lead", List.of(MANAGER, DIRECTOR, CEO),
                        List.of("logistics-head", "operations-director", "ceo"), DECIDED_AT.plus(Duration.ofDays(3)),
                        "rule:delivery")),
                decision(new Assignment(1, MANAGER, "logistics-head", List.of(DIRECTOR, CEO),
                        List.of("operations-director", "ceo"), DECIDED_AT.plus(Duration.ofDays(2)), "climb")),
                decision(new Assignment(3, CEO, "ceo", List.of(), List.of(), DECIDED_AT.plus(Duration.ofDays(1)), "top")));

        List<ProducerRecord<String, String>> sent = send(decisions);

        assertThat(sent).hasSize(decisions.size())
                .allSatisfy(record -> assertThat(record.topic()).isEqualTo(Topics.COMPLAINT_COMMANDS));
        Set<ComplaintCommandType> checked = sent.stream()
                .map(record -> ContractSchemas.assertCommand(record.key(), record.value()))
                .collect(Collectors.toSet());
        Set<ComplaintCommandType> named = ContractTypesNamed.commandTypes(getClass().getPackageName());
        assertThat(named).as("what routing sends today").containsExactly(ComplaintCommandType.ASSIGN);
        assertThat(checked).containsAll(named);
    }

    private static AssignmentDecision decision(Assignment assignment) {
        return new AssignmentDecision(UUID.randomUUID().toString(), UUID.randomUUID().toString(), assignment, DECIDED_AT);
    }

    private static List<ProducerRecord<String, String>> send(List<AssignmentDecision> decisions) {
        // The template closes its producer after each send; the mock must outlive that to keep its history.
        MockProducer<String, String> producer = new MockProducer<>(true, null, new StringSerializer(), new StringSerializer()) {
            @Override
            public void close(Duration timeout) {
            }
        };
        new AssignComplaintPublisher(new KafkaTemplate<>(new MockProducerFactory<>(() -> producer)),
                JsonMapper.builder().build(), Duration.ofSeconds(5))
                .publish(decisions).await();
        return producer.history();
    }
}

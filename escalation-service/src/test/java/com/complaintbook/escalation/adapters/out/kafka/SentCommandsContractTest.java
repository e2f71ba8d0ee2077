package com.complaintbook.escalation.adapters.out.kafka;

import com.complaintbook.contracts.Topics;
import com.complaintbook.contracts.commands.ComplaintCommandType;
import com.complaintbook.escalation.application.CommandPublisher;
import com.complaintbook.escalation.domain.DueTimer;
import com.complaintbook.escalation.domain.Firing;
import com.complaintbook.escalation.domain.NextAction;
import com.complaintbook.escalation.domain.TimerKind;
import com.complaintbook.kit.test.ContractSchemas;
import com.complaintbook.kit.test.ContractTypesNamed;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.mock.MockProducerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The producer side of the commands' contract: every command escalation can send (a warning, a breach
 * below and at the top, a warning too late that goes out as the breach, an appeal window's close),
 * sent by the real publisher, is a record the contracts' JSON Schemas accept, keyed by its complaint,
 * with the deterministic command id; and every command type escalation's code names is among those
 * checked, so a new one fails here until its records are checked too. {@code TimersIT} checks the
 * commands the running service sends the same way.
 */
class SentCommandsContractTest {

    private static final Instant DEADLINE = Instant.parse("2026-11-23T09:15:30Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyCommandEscalationCanSendIsARecordTheContractsAccept() {
        Instant warning = DEADLINE.minus(Duration.ofHours(18));
        List<Firing> firings = List.of(
                new Firing(timer("c-warned", 0, new NextAction(TimerKind.WARN, warning, DEADLINE)), TimerKind.WARN, warning),
                timer("c-breached", 1, NextAction.breachAt(DEADLINE)).firing(DEADLINE.plusMillis(250)),
                timer("c-at-the-top", 3, NextAction.breachAt(DEADLINE)).firing(DEADLINE),
                timer("c-warned-too-late", 0, new NextAction(TimerKind.WARN, warning, DEADLINE)).firing(DEADLINE.plusSeconds(1)),
                timer("c-answered", 2, NextAction.appealCloseAt(DEADLINE)).firing(DEADLINE));

        List<ProducerRecord<String, String>> sent = send(firings);

        assertThat(sent).hasSize(firings.size())
                .allSatisfy(record -> assertThat(record.topic()).isEqualTo(Topics.COMPLAINT_COMMANDS));
        Set<ComplaintCommandType> checked = sent.stream()
                .map(record -> ContractSchemas.assertCommand(record.key(), record.value()))
                .collect(Collectors.toSet());
        assertThat(sent).extracting(record -> JSON.readTree(record.value()))
                .extracting(command -> command.get("commandId").asString(), command -> command.get("issuedBy").asString())
                .containsExactly(
                        tuple("c-warned:warn:0", "escalation-service"),
                        tuple("c-breached:breach:1", "escalation-service"),
                        tuple("c-at-the-top:breach:3", "escalation-service"),
                        tuple("c-warned-too-late:breach:0", "escalation-service"),
                        tuple("c-answered:appeal-close:2", "escalation-service"));
        JsonNode escalate = JSON.readTree(sent.get(1).value());
        assertThat(escalate.get("type").asString()).isEqualTo("EscalateComplaint");
        assertThat(escalate.get("payload").get("fromLevel").asInt()).isEqualTo(1);
        assertThat(escalate.get("payload").get("missedDeadline").asString()).isEqualTo("2026-11-23T09:15:30Z");

        Set<ComplaintCommandType> named = ContractTypesNamed.commandTypes("com.complaintbook.escalation");
        assertThat(named).as("what escalation sends")
                .containsExactlyInAnyOrder(ComplaintCommandType.WARN, ComplaintCommandType.ESCALATE, ComplaintCommandType.CLOSE);
        assertThat(checked).containsAll(named);
    }

    private static DueTimer timer(String complaintId, int level, NextAction action) {
        return new DueTimer(complaintId, 0, 4, level, action, null);
    }

    private static List<ProducerRecord<String, String>> send(List<Firing> firings) {
        // The template closes its producer after each send; the mock must outlive that to keep its history.
        MockProducer<String, String> producer = new MockProducer<>(true, null, new StringSerializer(), new StringSerializer()) {
            @Override
            public void close(Duration timeout) {
            }
        };
        CommandPublisher.Published published = new KafkaCommandPublisher(
                new KafkaTemplate<>(new MockProducerFactory<>(() -> producer)), JsonMapper.builder().build(),
                Duration.ofSeconds(5)).publish(firings);
        assertThat(published.failure()).isNull();
        assertThat(published.acknowledged()).isEqualTo(firings);
        return producer.history();
    }
}

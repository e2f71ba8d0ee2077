package com.complaintbook.intake.staff.adapters.in.kafka;

import com.complaintbook.contracts.Topics;
import com.complaintbook.contracts.commands.AssignComplaint;
import com.complaintbook.contracts.commands.CloseAfterAppealWindow;
import com.complaintbook.contracts.commands.CommandEnvelope;
import com.complaintbook.contracts.commands.ComplaintCommandType;
import com.complaintbook.contracts.commands.EscalateComplaint;
import com.complaintbook.contracts.commands.WarnOfDeadline;
import com.complaintbook.contracts.StaffMember;
import com.complaintbook.intake.domain.AssignResponsible;
import com.complaintbook.intake.domain.CloseAfterAppealWindowPassed;
import com.complaintbook.intake.domain.Employee;
import com.complaintbook.intake.domain.ComplaintStepRefused;
import com.complaintbook.intake.domain.EscalateForMissedDeadline;
import com.complaintbook.intake.domain.WarnOfApproachingDeadline;
import com.complaintbook.kit.events.UnreadableEventException;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * Hands routing's and escalation's commands to the Complaint aggregate.
 *
 * <p>Redelivered commands are harmless: the aggregate recognises a command its stream already
 * reflects. So is a deadline command that lost its race with an answer or an appeal: the aggregate
 * records nothing for it and it counts as handled. A command the aggregate refuses is logged, counted and rethrown; so is one that cannot be
 * read. The kit's failure policy parks both on the dead-letter topic at once (see
 * {@code KafkaConfiguration}'s refusals): retrying would only be refused again. Any other failure, such
 * as PostgreSQL being away, is held and retried until it goes through.
 */
@Component
class ComplaintCommandListener {

    private static final Logger log = LoggerFactory.getLogger(ComplaintCommandListener.class);
    private static final TypeReference<CommandEnvelope<JsonNode>> ENVELOPE = new TypeReference<>() { };
    /** Metric tags take known values only: a sender's name comes off the wire. */
    private static final Set<String> KNOWN_SENDERS = Set.of("routing-service", "escalation-service");

    private final CommandGateway commands;
    private final JsonMapper json;
    private final Clock clock;
    private final MeterRegistry meters;

    ComplaintCommandListener(CommandGateway commands, JsonMapper json, Clock clock, MeterRegistry meters) {
        this.commands = commands;
        this.json = json;
        this.clock = clock;
        this.meters = meters;
    }

    @KafkaListener(topics = Topics.COMPLAINT_COMMANDS)
    void on(ConsumerRecord<String, String> record) {
        CommandEnvelope<JsonNode> envelope = json.readValue(record.value(), ENVELOPE);
        if (envelope == null) {
            throw new UnreadableEventException("record %s-%d@%d is not a command envelope"
                    .formatted(record.topic(), record.partition(), record.offset()));
        }
        Optional<ComplaintCommandType> type = ComplaintCommandType.of(envelope.type(), envelope.version());
        if (type.isEmpty()) {
            log.info("Skipping command of unknown type {} v{} for complaint {}", envelope.type(),
                    envelope.version(), envelope.complaintId());
            meters.counter("complaintbook.intake.commands.skipped").increment();
            return;
        }
        Object command = toDomain(type.get(), envelope.payload());
        try {
            commands.sendAndWait(command);
        } catch (ComplaintStepRefused refused) {
            log.warn("Refused {} {} from {}: {}", type.get().logicalName(), envelope.commandId(),
                    envelope.issuedBy(), refused.getMessage());
            meters.counter("complaintbook.intake.commands.refused", "type", type.get().logicalName(),
                    "issuedBy", KNOWN_SENDERS.contains(envelope.issuedBy()) ? envelope.issuedBy() : "other").increment();
            throw refused;
        }
        meters.counter("complaintbook.intake.commands.handled", "type", type.get().logicalName()).increment();
    }

    private static Employee employee(StaffMember member) {
        return member == null ? null : new Employee(member.id(), member.name(), member.email(), member.language());
    }

    private Object toDomain(ComplaintCommandType type, JsonNode payload) {
        if (payload == null || payload.isNull() || payload.isMissingNode()) {
            throw new UnreadableEventException(type.logicalName() + " command without a payload");
        }
        return switch (type) {
            case ASSIGN -> {
                AssignComplaint assign = json.treeToValue(payload, AssignComplaint.class);
                yield new AssignResponsible(assign.complaintId(), employee(assign.assignee()), assign.level(),
                        assign.deadline(), assign.managers() == null ? null
                                : assign.managers().stream().map(ComplaintCommandListener::employee).toList(),
                        clock.instant());
            }
            case ESCALATE -> {
                EscalateComplaint escalate = json.treeToValue(payload, EscalateComplaint.class);
                yield new EscalateForMissedDeadline(escalate.complaintId(), escalate.fromLevel(),
                        escalate.missedDeadline(), clock.instant());
            }
            case WARN -> {
                WarnOfDeadline warn = json.treeToValue(payload, WarnOfDeadline.class);
                yield new WarnOfApproachingDeadline(warn.complaintId(), warn.level(), warn.deadline(), clock.instant());
            }
            case CLOSE -> {
                CloseAfterAppealWindow close = json.treeToValue(payload, CloseAfterAppealWindow.class);
                yield new CloseAfterAppealWindowPassed(close.complaintId(), close.level(), close.appealDeadline(),
                        clock.instant());
            }
        };
    }
}

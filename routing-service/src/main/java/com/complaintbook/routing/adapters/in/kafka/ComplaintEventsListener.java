package com.complaintbook.routing.adapters.in.kafka;

import com.complaintbook.contracts.Topics;
import com.complaintbook.contracts.events.ComplaintEventType;
import com.complaintbook.contracts.events.EventEnvelope;
import com.complaintbook.routing.application.AssignmentDecision;
import com.complaintbook.routing.application.AssignmentsNotPublishedException;
import com.complaintbook.routing.application.ComplaintRouting;
import com.complaintbook.routing.application.RoutingMetrics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Feeds the events routing acts on to {@link ComplaintRouting}, a poll at a time: submitted and
 * escalated complaints are decided; assigned, answered, rejected and closed ones move who has what
 * open, which balancing a group counts. Every record of the batch is handled first, then all the
 * resulting commands are sent together and awaited once, so a batch costs one broker round trip
 * instead of one per event. It returns normally only once every command is acknowledged, so the batch's offsets are committed after its
 * outputs are safe; a crash in between redelivers the events and resends the same commands.
 *
 * <p>A record that cannot be handled is named to the error handler with a
 * {@link BatchListenerFailedException}, but only after the commands of the records before it are
 * acknowledged: the handler commits those records, parks or retries the named one according to its
 * exception, and redelivers the rest. A command the broker did not acknowledge names the record that
 * caused it, so that record and all after it are redelivered and their commands resent.
 */
@Component
class ComplaintEventsListener {

    /**
     * The listener's id, by which it is started once an organisation exists: until then routing could
     * decide nothing, and the events wait on the topic instead of being taken and failed.
     */
    static final String ID = "complaint-events";

    private final ComplaintEventReader reader;
    private final ComplaintRouting routing;
    private final RoutingMetrics metrics;

    ComplaintEventsListener(ComplaintEventReader reader, ComplaintRouting routing, RoutingMetrics metrics) {
        this.reader = reader;
        this.routing = routing;
        this.metrics = metrics;
    }

    @KafkaListener(id = ID, idIsGroup = false, topics = Topics.COMPLAINT_EVENTS, batch = "true", autoStartup = "false")
    void on(List<ConsumerRecord<String, String>> records) {
        try {
            routing.catchUpWithImports();
        } catch (RuntimeException failed) {
            throw new BatchListenerFailedException("The organisation could not be brought up to date", failed, 0);
        }
        List<Decided> decided = new ArrayList<>();
        for (int index = 0; index < records.size(); index++) {
            Optional<AssignmentDecision> decision;
            try {
                decision = decide(records.get(index));
            } catch (RuntimeException failed) {
                // The error handler commits the records before this one, so their commands must be safe first.
                send(decided);
                throw new BatchListenerFailedException("Event could not be routed", failed, index);
            }
            if (decision.isPresent()) {
                decided.add(new Decided(index, decision.get()));
            }
        }
        send(decided);
    }

    private Optional<AssignmentDecision> decide(ConsumerRecord<String, String> record) {
        EventEnvelope<JsonNode> envelope = reader.envelope(record.value());
        Optional<ComplaintEventType> type = ComplaintEventType.of(envelope.type(), envelope.version());
        if (type.isEmpty()) {
            metrics.eventSkipped(envelope.type(), "unknown-type");
            return Optional.empty();
        }
        return switch (type.get()) {
            case SUBMITTED -> routing.firstAssignment(reader.submitted(envelope));
            case ESCALATED -> Optional.of(routing.nextAssignment(reader.escalated(envelope)));
            case ASSIGNED -> {
                routing.assigned(reader.assigned(envelope));
                yield Optional.empty();
            }
            case ANSWERED, REJECTED, CLOSED -> {
                routing.finished(envelope);
                yield Optional.empty();
            }
            default -> {
                metrics.eventSkipped(envelope.type(), "not-for-routing");
                yield Optional.empty();
            }
        };
    }

    private void send(List<Decided> decided) {
        try {
            routing.send(decided.stream().map(Decided::decision).toList());
        } catch (AssignmentsNotPublishedException notPublished) {
            throw new BatchListenerFailedException(notPublished.getMessage(), notPublished,
                    decided.get(notPublished.published()).recordIndex());
        }
    }

    /** A decision, and the position in the batch of the record that caused it. */
    private record Decided(int recordIndex, AssignmentDecision decision) {
    }
}

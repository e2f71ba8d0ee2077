package com.complaintbook.routing.adapters.out.kafka;

import com.complaintbook.contracts.Topics;
import com.complaintbook.routing.application.AssignmentDecision;
import com.complaintbook.routing.application.AssignmentPublisher;
import com.complaintbook.routing.application.Publication;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Publishes decisions as {@code AssignComplaint} commands keyed by complaint id, all at once. The
 * producer is idempotent and keeps each partition in the order of the sends, so the commands about
 * one complaint arrive in the order of its decisions. The returned {@link SentCommands} awaits them.
 */
public class AssignComplaintPublisher implements AssignmentPublisher {

    private final KafkaTemplate<String, String> kafkaTemplate;
    private final JsonMapper jsonMapper;
    private final Duration sendTimeout;

    /**
     * @param sendTimeout how long to wait for the broker to acknowledge all the commands of one
     *                    publication before giving up, which makes the listener retry their events
     */
    public AssignComplaintPublisher(KafkaTemplate<String, String> kafkaTemplate, JsonMapper jsonMapper,
                                    Duration sendTimeout) {
        this.kafkaTemplate = kafkaTemplate;
        this.jsonMapper = jsonMapper;
        this.sendTimeout = sendTimeout;
    }

    @Override
    public Publication publish(List<AssignmentDecision> decisions) {
        List<SentCommands.Sent> sent = new ArrayList<>(decisions.size());
        for (AssignmentDecision decision : decisions) {
            CompletableFuture<?> acknowledgement = send(decision);
            sent.add(new SentCommands.Sent(decision, acknowledgement));
            if (acknowledgement.isCompletedExceptionally()) {
                // Refused before it left, e.g. after max.block.ms without metadata or buffer space. Each
                // later send could block as long, and all of them are sent again with the redelivered
                // events anyway.
                break;
            }
        }
        return new SentCommands(sent, sendTimeout);
    }

    private CompletableFuture<?> send(AssignmentDecision decision) {
        try {
            String value = jsonMapper.writeValueAsString(AssignComplaintEnvelopes.of(decision));
            return kafkaTemplate.send(Topics.COMPLAINT_COMMANDS, decision.complaintId(), value);
        } catch (RuntimeException refused) {
            return CompletableFuture.failedFuture(refused);
        }
    }
}

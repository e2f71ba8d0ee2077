package com.complaintbook.routing.adapters.out.kafka;

import com.complaintbook.contracts.Topics;
import com.complaintbook.routing.application.AssignmentDecision;
import com.complaintbook.routing.application.AssignmentPublisher;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Publishes each decision as an {@code AssignComplaint} command and blocks until the broker has it. */
public class AssignComplaintPublisher implements AssignmentPublisher {

    private final KafkaTemplate<String, String> kafkaTemplate;
    private final JsonMapper jsonMapper;
    private final Duration sendTimeout;

    /**
     * @param sendTimeout how long to wait for the broker's acknowledgement before giving up, which
     *                    makes the listener retry the event
     */
    public AssignComplaintPublisher(KafkaTemplate<String, String> kafkaTemplate, JsonMapper jsonMapper,
                                    Duration sendTimeout) {
        this.kafkaTemplate = kafkaTemplate;
        this.jsonMapper = jsonMapper;
        this.sendTimeout = sendTimeout;
    }

    @Override
    public void publish(AssignmentDecision decision) {
        String value = jsonMapper.writeValueAsString(AssignComplaintEnvelopes.of(decision));
        try {
            kafkaTemplate.send(Topics.COMPLAINT_COMMANDS, decision.complaintId(), value)
                    .get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw notSent(decision, e);
        } catch (ExecutionException | TimeoutException e) {
            throw notSent(decision, e);
        }
    }

    private static CommandNotSentException notSent(AssignmentDecision decision, Exception cause) {
        return new CommandNotSentException("AssignComplaint %s for complaint %s was not acknowledged"
                .formatted(decision.decisionId(), decision.complaintId()), cause);
    }
}

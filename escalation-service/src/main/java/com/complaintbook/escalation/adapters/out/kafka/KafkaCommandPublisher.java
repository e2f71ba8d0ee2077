package com.complaintbook.escalation.adapters.out.kafka;

import com.complaintbook.contracts.Topics;
import com.complaintbook.escalation.application.CommandPublisher;
import com.complaintbook.escalation.domain.Firing;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes firings as commands keyed by complaint id, all at once, then waits for every one to
 * settle under one deadline. The producer gives up on a command within {@code delivery.timeout.ms},
 * which stays below the send timeout, so once this returns no command it reports unacknowledged is
 * still queued in the producer to reach the topic after its resent copy.
 */
public class KafkaCommandPublisher implements CommandPublisher {

    private final KafkaTemplate<String, String> kafkaTemplate;
    private final JsonMapper jsonMapper;
    private final Duration sendTimeout;

    /** @param sendTimeout how long to wait for the broker to acknowledge a batch's commands */
    public KafkaCommandPublisher(KafkaTemplate<String, String> kafkaTemplate, JsonMapper jsonMapper,
                                 Duration sendTimeout) {
        this.kafkaTemplate = kafkaTemplate;
        this.jsonMapper = jsonMapper;
        this.sendTimeout = sendTimeout;
    }

    @Override
    public Published publish(List<Firing> firings) {
        List<CompletableFuture<?>> acknowledgements = new ArrayList<>(firings.size());
        for (Firing firing : firings) {
            CompletableFuture<?> acknowledgement = send(firing);
            acknowledgements.add(acknowledgement);
            if (acknowledgement.isCompletedExceptionally()) {
                // Refused before it left (no metadata or buffer within max.block.ms): each later send
                // could block as long, and all of them are tried again after the back-off anyway.
                break;
            }
        }
        try {
            CompletableFuture.allOf(acknowledgements.toArray(CompletableFuture[]::new))
                    .get(sendTimeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException | TimeoutException notAllAcknowledged) {
            // Which ones went through is read from each acknowledgement below.
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
        List<Firing> acknowledged = new ArrayList<>();
        RuntimeException failure = null;
        for (int index = 0; index < firings.size(); index++) {
            CompletableFuture<?> acknowledgement = index < acknowledgements.size() ? acknowledgements.get(index) : null;
            if (acknowledgement != null && acknowledgement.isDone() && !acknowledgement.isCompletedExceptionally()) {
                acknowledged.add(firings.get(index));
            } else if (failure == null) {
                failure = notSent(firings.get(index), acknowledgement);
            }
        }
        return new Published(acknowledged, failure);
    }

    private CompletableFuture<?> send(Firing firing) {
        try {
            String value = jsonMapper.writeValueAsString(TimerCommands.of(firing));
            return kafkaTemplate.send(Topics.COMPLAINT_COMMANDS, firing.complaintId(), value);
        } catch (RuntimeException refused) {
            return CompletableFuture.failedFuture(refused);
        }
    }

    private CommandsNotSentException notSent(Firing firing, CompletableFuture<?> acknowledgement) {
        Throwable cause = acknowledgement == null ? null
                : acknowledgement.isDone() ? acknowledgement.handle((result, failed) -> failed).join()
                : new TimeoutException("no acknowledgement within " + sendTimeout);
        return new CommandsNotSentException("Command %s was not acknowledged".formatted(firing.commandId()), cause);
    }

    /** The broker did not acknowledge a command; it is sent again after the back-off. */
    static final class CommandsNotSentException extends RuntimeException {

        CommandsNotSentException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

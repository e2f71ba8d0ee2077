package com.complaintbook.escalation.adapters.out.kafka;

import com.complaintbook.contracts.Topics;
import com.complaintbook.escalation.application.CommandPublisher;
import com.complaintbook.escalation.domain.Firing;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
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
            if (acknowledgement.isCompletedExceptionally() && !poisoned(acknowledgement)) {
                // Refused before it left (no metadata or buffer within max.block.ms): each later send
                // could block as long, and all of them are tried again after the back-off anyway. A
                // command refused for itself says nothing about the others, which go on.
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
        List<Firing> poisoned = new ArrayList<>();
        RuntimeException failure = null;
        for (int index = 0; index < firings.size(); index++) {
            CompletableFuture<?> acknowledgement = index < acknowledgements.size() ? acknowledgements.get(index) : null;
            if (acknowledgement != null && acknowledgement.isDone() && !acknowledgement.isCompletedExceptionally()) {
                acknowledged.add(firings.get(index));
            } else if (acknowledgement != null && poisoned(acknowledgement)) {
                poisoned.add(firings.get(index));
            } else if (failure == null) {
                failure = notSent(firings.get(index), acknowledgement);
            }
        }
        return new Published(acknowledged, poisoned, failure);
    }

    private CompletableFuture<?> send(Firing firing) {
        String value;
        try {
            value = jsonMapper.writeValueAsString(TimerCommands.of(firing));
        } catch (RuntimeException unwritable) {
            return CompletableFuture.failedFuture(new UnsendableCommandException(firing, unwritable));
        }
        try {
            return kafkaTemplate.send(Topics.COMPLAINT_COMMANDS, firing.complaintId(), value);
        } catch (RuntimeException refused) {
            return CompletableFuture.failedFuture(refused);
        }
    }

    /**
     * Whether the command failed for itself: it could not be written, or the client or broker refused
     * the record as such (serialisation, size, an invalid record). Anything else is the broker out of
     * reach, and the whole batch waits for it.
     */
    private static boolean poisoned(CompletableFuture<?> acknowledgement) {
        if (!acknowledgement.isCompletedExceptionally()) {
            return false;
        }
        Throwable cause = acknowledgement.handle((result, failed) -> failed).join();
        for (int depth = 0; cause != null && depth < 8; depth++, cause = cause.getCause()) {
            if (cause instanceof UnsendableCommandException || cause instanceof SerializationException
                    || cause instanceof RecordTooLargeException || cause instanceof RecordBatchTooLargeException
                    || cause instanceof InvalidRecordException) {
                return true;
            }
        }
        return false;
    }

    private CommandsNotSentException notSent(Firing firing, CompletableFuture<?> acknowledgement) {
        Throwable cause = acknowledgement == null ? null
                : acknowledgement.isDone() ? acknowledgement.handle((result, failed) -> failed).join()
                : new TimeoutException("no acknowledgement within " + sendTimeout);
        return new CommandsNotSentException("Command %s was not acknowledged".formatted(firing.commandId()), cause);
    }

    /** The command could not be written as JSON; sending it again would fail the same way. */
    static final class UnsendableCommandException extends RuntimeException {

        UnsendableCommandException(Firing firing, Throwable cause) {
            super("Command %s cannot be written".formatted(firing.commandId()), cause);
        }
    }

    /** The broker did not acknowledge a command; it is sent again after the back-off. */
    static final class CommandsNotSentException extends RuntimeException {

        CommandsNotSentException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

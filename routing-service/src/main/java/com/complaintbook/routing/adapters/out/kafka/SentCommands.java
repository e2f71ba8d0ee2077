package com.complaintbook.routing.adapters.out.kafka;

import com.complaintbook.routing.application.AssignmentDecision;
import com.complaintbook.routing.application.AssignmentsNotPublishedException;
import com.complaintbook.routing.application.Publication;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The commands of one publication on their way to the broker, awaited together under one deadline.
 *
 * <p>It waits for every command to settle rather than giving up at the first failure: the producer
 * gives up on a command within {@code delivery.timeout.ms}, which stays below the send timeout, so
 * once this returns or throws no command of the publication is still queued in the producer, and
 * none can reach the topic after its resent copy.
 */
final class SentCommands implements Publication {

    private final List<Sent> commands;
    private final Duration timeout;

    /**
     * @param commands in the order they were sent
     * @param timeout  how long to wait for all of them together
     */
    SentCommands(List<Sent> commands, Duration timeout) {
        this.commands = List.copyOf(commands);
        this.timeout = timeout;
    }

    @Override
    public void await() {
        try {
            CompletableFuture.allOf(commands.stream().map(Sent::acknowledgement).toArray(CompletableFuture[]::new))
                    .get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException | TimeoutException notAllAcknowledged) {
            // Which one failed first is read below from the commands themselves, in the order sent.
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
        for (int index = 0; index < commands.size(); index++) {
            Sent command = commands.get(index);
            if (!acknowledged(command.acknowledgement())) {
                throw notPublished(command, index);
            }
        }
    }

    private static boolean acknowledged(CompletableFuture<?> acknowledgement) {
        return acknowledgement.isDone() && !acknowledgement.isCompletedExceptionally();
    }

    private AssignmentsNotPublishedException notPublished(Sent command, int index) {
        Throwable cause = command.acknowledgement().isDone()
                ? command.acknowledgement().handle((result, failure) -> failure).join()
                : new TimeoutException("no acknowledgement within " + timeout);
        return new AssignmentsNotPublishedException("AssignComplaint %s for complaint %s was not acknowledged"
                .formatted(command.decision().decisionId(), command.decision().complaintId()), index, cause);
    }

    /** One command handed to the producer, and the broker's acknowledgement of it. */
    record Sent(AssignmentDecision decision, CompletableFuture<?> acknowledgement) {
    }
}

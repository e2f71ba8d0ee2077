package com.complaintbook.routing.adapters.out.kafka;

import com.complaintbook.contracts.Language;
import com.complaintbook.routing.application.AssignmentDecision;
import com.complaintbook.routing.application.AssignmentsNotPublishedException;
import com.complaintbook.routing.domain.Assignment;
import com.complaintbook.routing.domain.Employee;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class SentCommandsTest {

    private static final Duration TIMEOUT = Duration.ofMillis(500);

    @Test
    void givenEveryCommandAcknowledged_whenAwaited_thenItReturns() {
        SentCommands sent = sent(acknowledged(), acknowledged(), acknowledged());

        assertThatCode(sent::await).doesNotThrowAnyException();
    }

    @Test
    void givenNoCommands_whenAwaited_thenItReturns() {
        assertThatCode(sent()::await).doesNotThrowAnyException();
    }

    @Test
    void givenTheSecondCommandRefused_whenAwaited_thenOnlyTheFirstIsPublishedAndTheRefusalIsTheCause() {
        RecordTooLargeException refused = new RecordTooLargeException("too large");

        SentCommands sent = sent(acknowledged(), CompletableFuture.failedFuture(refused), acknowledged());

        assertThatThrownBy(sent::await).isInstanceOfSatisfying(AssignmentsNotPublishedException.class, notPublished -> {
            assertThat(notPublished.published()).isEqualTo(1);
            assertThat(notPublished).hasCause(refused).hasMessageContaining("complaint-1");
        });
    }

    @Test
    void givenAnEarlierCommandUnacknowledgedAndALaterOneRefused_whenAwaited_thenTheEarlierOneIsTheFirstNotPublished() {
        SentCommands sent = sent(acknowledged(), new CompletableFuture<>(),
                CompletableFuture.failedFuture(new RecordTooLargeException("too large")));

        assertThatThrownBy(sent::await).isInstanceOfSatisfying(AssignmentsNotPublishedException.class, notPublished -> {
            assertThat(notPublished.published()).isEqualTo(1);
            assertThat(notPublished).hasCauseInstanceOf(TimeoutException.class).hasMessageContaining("complaint-1");
        });
    }

    @Test
    void givenManyCommandsNeverAcknowledged_whenAwaited_thenItGivesUpAfterOneTimeoutForAllOfThem() {
        SentCommands sent = sent(acknowledged(), acknowledged(), new CompletableFuture<>(), new CompletableFuture<>(),
                new CompletableFuture<>(), new CompletableFuture<>(), new CompletableFuture<>());

        // A timeout per command would take 2.5 s here.
        assertTimeoutPreemptively(TIMEOUT.multipliedBy(3), () -> assertThatThrownBy(sent::await)
                .isInstanceOfSatisfying(AssignmentsNotPublishedException.class,
                        notPublished -> assertThat(notPublished.published()).isEqualTo(2)));
    }

    private static SentCommands sent(CompletableFuture<?>... acknowledgements) {
        List<SentCommands.Sent> commands = new ArrayList<>();
        for (int index = 0; index < acknowledgements.length; index++) {
            commands.add(new SentCommands.Sent(decision("complaint-" + index), acknowledgements[index]));
        }
        return new SentCommands(commands, TIMEOUT);
    }

    private static CompletableFuture<?> acknowledged() {
        return CompletableFuture.completedFuture(null);
    }

    static AssignmentDecision decision(String complaintId) {
        Employee ceo = new Employee("ceo", "Taras Bondarenko", "taras.bondarenko@retail.example", Language.UK);
        return new AssignmentDecision("decision-of-" + complaintId, complaintId,
                new Assignment(0, ceo, "ceo", List.of(), List.of(), Instant.parse("2026-11-23T09:15:30Z"), "top"),
                Instant.parse("2026-11-20T09:15:30Z"));
    }
}

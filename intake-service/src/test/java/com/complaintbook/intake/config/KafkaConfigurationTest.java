package com.complaintbook.intake.config;

import com.complaintbook.intake.domain.AnswerComplaint;
import com.complaintbook.intake.domain.ComplaintStepRefused;
import com.complaintbook.kit.kafka.FailureClassifier;
import org.axonframework.commandhandling.CommandExecutionException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Which failures of the command listener park the command, and which are waited out. */
class KafkaConfigurationTest {

    private final FailureClassifier classifier = new FailureClassifier(new KafkaConfiguration().intakeRefusals());

    @Test
    void aCommandTheDomainFindsIncompleteIsRefused() {
        Throwable incomplete = catchThrowable(() -> new AnswerComplaint("c-1", "e-1", " ", null,
                Instant.parse("2026-12-01T10:00:00Z"), Instant.parse("2026-12-15T10:00:00Z")));

        assertThat(classifier.isRefused(asTheContainerHandsItOver(incomplete))).isTrue();
    }

    @Test
    void aStepTheAggregateDoesNotAllowIsRefused() {
        assertThat(classifier.isRefused(asTheContainerHandsItOver(
                new CommandExecutionException("refused", new ComplaintStepRefused("c-1", "already answered"))))).isTrue();
    }

    @Test
    void anIllegalArgumentFromALibraryUnderneathIsNoVerdictOnTheCommand_soItIsWaitedOut() {
        assertThat(classifier.isRefused(asTheContainerHandsItOver(
                new IllegalArgumentException("Connection pool has been closed")))).isFalse();
        assertThat(classifier.isRefused(asTheContainerHandsItOver(
                new CannotGetJdbcConnectionException("PostgreSQL is away")))).isFalse();
    }

    private static Exception asTheContainerHandsItOver(Throwable failure) {
        return new ListenerExecutionFailedException("Listener failed", failure);
    }
}

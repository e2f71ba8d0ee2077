package com.complaintbook.kit.kafka;

import com.complaintbook.kit.events.UnreadableEventException;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;

import java.io.UncheckedIOException;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class FailureClassifierTest {

    static class AlreadyTaken extends RuntimeException {
        AlreadyTaken(String message) {
            super(message);
        }
    }

    private final FailureClassifier classifier = new FailureClassifier(RecordRefusals.of(AlreadyTaken.class));

    @Test
    void anUnreadableRecordIsRefusedHoweverTheContainerWrapsIt() {
        UnreadableEventException unreadable = new UnreadableEventException("not an event envelope");

        Exception failure = new ListenerExecutionFailedException("listener failed",
                new BatchListenerFailedException("first not done", unreadable, 3));

        assertThat(classifier.refusalIn(failure)).containsSame(unreadable);
    }

    @Test
    void aRecordSpringKafkaCannotDeserializeIsRefused() {
        assertThat(classifier.isRefused(new ListenerExecutionFailedException("x",
                new DeserializationException("bad", new byte[0], false, new IllegalStateException())))).isTrue();
    }

    @Test
    void aRefusalOfTheServicesDomainIsRefused() {
        assertThat(classifier.isRefused(new BatchListenerFailedException("x", new AlreadyTaken("taken"), 0))).isTrue();
    }

    @Test
    void anythingElseIsAnInfrastructureFailureToWaitOut() {
        Exception storeDown = new ListenerExecutionFailedException("listener failed",
                new BatchListenerFailedException("first not done",
                        new IllegalStateException("write failed", new UncheckedIOException(new IOException("refused"))), 0));

        assertThat(classifier.isRefused(storeDown)).isFalse();
        assertThat(FailureClassifier.causeNames(storeDown))
                .isEqualTo("IllegalStateException <- UncheckedIOException <- IOException");
    }

    @Test
    void withoutRefusalsOfItsOwnAServiceRefusesOnlyWhatCannotBeRead() {
        FailureClassifier plain = new FailureClassifier(RecordRefusals.none());

        assertThat(plain.isRefused(new AlreadyTaken("taken"))).isFalse();
        assertThat(plain.isRefused(new UnreadableEventException("empty record value"))).isTrue();
    }

    @Test
    void theReasonTextIsTheTypeAndMessageCutShort() {
        assertThat(FailureClassifier.reasonText(new AlreadyTaken("Reference CB-1 names another complaint")))
                .isEqualTo("AlreadyTaken: Reference CB-1 names another complaint");
        assertThat(FailureClassifier.reasonText(new AlreadyTaken("x".repeat(1000)))).hasSize(300).endsWith("…");
    }
}

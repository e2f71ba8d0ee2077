package com.complaintbook.kit.kafka;

import com.complaintbook.kit.events.UnreadableEventException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.BackOffHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.support.SendResult;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The kit's error handler decides, record by record: refused at once to the dead-letter topic, or held
 * and retried with a growing, capped back-off that never runs out. The consumer and the container are
 * stand-ins here; the services' integration tests run the policy against a real broker.
 */
class ConsumerFailurePolicyTest {

    static class AlreadyTaken extends RuntimeException {
        AlreadyTaken() {
            super("reference taken");
        }
    }

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ConsumerRetryState state = new ConsumerRetryState("reporting-service", Clock.systemUTC(), meters);
    private final List<Long> backOffs = new ArrayList<>();
    private final BackOffHandler recordingBackOff = new BackOffHandler() {
        @Override
        public void onNextBackOff(MessageListenerContainer container, Exception exception, long nextBackOff) {
            backOffs.add(nextBackOff);
        }
    };
    @SuppressWarnings("unchecked")
    private final KafkaOperations<Object, Object> kafka = mock(KafkaOperations.class);
    private final List<ProducerRecord<Object, Object>> sent = new ArrayList<>();
    private final Consumer<?, ?> consumer = mock(Consumer.class);
    private final MessageListenerContainer container = mock(MessageListenerContainer.class);
    private final DefaultErrorHandler handler = ConsumerFailurePolicy.errorHandler("reporting-service",
            new FailureClassifier(RecordRefusals.of(AlreadyTaken.class)),
            new KafkaRetryProperties(Duration.ofSeconds(1), 2.0, Duration.ofMinutes(1)),
            recordingBackOff, kafka, state, meters);

    @SuppressWarnings("unchecked")
    ConsumerFailurePolicyTest() {
        when(container.isRunning()).thenReturn(true);
        when(kafka.send(any(ProducerRecord.class))).thenAnswer(call -> {
            ProducerRecord<Object, Object> record = call.getArgument(0);
            sent.add(record);
            return CompletableFuture.completedFuture(new SendResult<>(record,
                    new RecordMetadata(new TopicPartition(record.topic(), 0), 0, 0, 0, 0, 0)));
        });
    }

    @Test
    void givenAnInfrastructureFailure_thenTheRecordIsHeldAndRetriedWithADoublingBackOffCappedAtAMinuteAndNeverParked() {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("complaint-events", 0, 42, "c-1", "{}");
        Exception storeDown = new ListenerExecutionFailedException("failed", new IllegalStateException("MongoDB away"));

        for (int attempt = 1; attempt <= 10; attempt++) {
            assertThatThrownBy(() -> handler.handleRemaining(storeDown, List.of(record), consumer, container))
                    .hasMessageContaining("not yet recovered");
        }

        assertThat(backOffs).containsExactly(1000L, 2000L, 4000L, 8000L, 16000L, 32000L, 60000L, 60000L, 60000L, 60000L);
        verify(consumer, org.mockito.Mockito.times(10)).seek(new TopicPartition("complaint-events", 0), 42);
        verify(kafka, never()).send(any(ProducerRecord.class));
        assertThat(state.isRetrying()).isTrue();
        assertThat(state.held().get("complaint-events-0").attempts()).isEqualTo(10);
    }

    @Test
    void givenAnUnreadableRecord_thenItGoesToTheDeadLetterTopicAtOnceWithItsReasonAndIsCounted() {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("complaint-events", 1, 7, "c-2", "not json");

        handler.handleRemaining(new ListenerExecutionFailedException("failed",
                new UnreadableEventException("not an event envelope")), List.of(record), consumer, container);

        assertThat(backOffs).isEmpty();
        assertThat(sent).singleElement().satisfies(parked -> {
            assertThat(parked.topic()).isEqualTo("complaint-events.reporting-service.dlt");
            assertThat(new String(parked.headers().lastHeader(ConsumerFailurePolicy.REASON_HEADER).value(),
                    StandardCharsets.UTF_8)).isEqualTo("UnreadableEventException: not an event envelope");
            assertThat(parked.headers().lastHeader("kafka_dlt-exception-fqcn")).isNotNull();
        });
        assertThat(meters.get(ConsumerFailurePolicy.DEAD_LETTERED)
                .tags("group", "reporting-service", "reason", "UnreadableEventException").counter().count()).isEqualTo(1);
        assertThat(state.isRetrying()).isFalse();
    }

    @Test
    void givenARefusalOfTheDomain_thenItGoesToTheDeadLetterTopicAtOnceTaggedWithTheRefusal() {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("complaint-events", 1, 8, "c-3", "{}");

        handler.handleRemaining(new ListenerExecutionFailedException("failed", new AlreadyTaken()),
                List.of(record), consumer, container);

        assertThat(sent).hasSize(1);
        assertThat(meters.get(ConsumerFailurePolicy.DEAD_LETTERED).tag("reason", "AlreadyTaken").counter().count())
                .isEqualTo(1);
    }
}

package com.complaintbook.kit.kafka;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The health state a consumer's retries drive: UP, DOWN while a partition is held, UP again after. */
class ConsumerRetryStateTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T09:15:30Z"), ZoneOffset.UTC);

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ConsumerRetryState state = new ConsumerRetryState("reporting-service", CLOCK, meters);
    private final ConsumersHealthIndicator health = new ConsumersHealthIndicator(state);

    @Test
    void givenNothingFailed_thenUpAndTheGaugeIsZero() {
        assertThat(health.health(true).getStatus()).isEqualTo(Status.UP);
        assertThat(retrying()).isZero();
    }

    @Test
    void givenAnInfrastructureFailure_thenDownWithTheHeldRecordUntilADeliveryOnItsPartitionSucceeds() {
        state.failed(record(0, 42), 1, "MongoTimeoutException");
        state.failed(record(0, 42), 2, "MongoTimeoutException");

        Health down = health.health(true);
        assertThat(down.getStatus()).isEqualTo(Status.DOWN);
        assertThat(down.getDetails()).containsEntry("group", "reporting-service");
        assertThat(down.getDetails().get("retrying")).isEqualTo(Map.of("complaint-events-0",
                new ConsumerRetryState.Held(42, CLOCK.instant(), 2, "MongoTimeoutException")));
        assertThat(retrying()).isEqualTo(1);

        state.succeeded(new TopicPartition("complaint-events", 1));
        assertThat(health.health(true).getStatus()).isEqualTo(Status.DOWN);

        state.succeeded(new TopicPartition("complaint-events", 0));
        assertThat(health.health(true).getStatus()).isEqualTo(Status.UP);
        assertThat(retrying()).isZero();
    }

    @Test
    void givenTwoPartitionsHeld_thenUpOnlyOnceABatchCoveringBothWentThrough() {
        state.failed(record(0, 1), 1, "MailSendException");
        state.failed(record(2, 7), 1, "MailSendException");
        assertThat(retrying()).isEqualTo(2);

        state.succeeded(List.of(new TopicPartition("complaint-events", 0)));
        assertThat(health.health(false).getStatus()).isEqualTo(Status.DOWN);

        state.succeeded(List.of(new TopicPartition("complaint-events", 2), new TopicPartition("complaint-events", 1)));
        assertThat(health.health(false).getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void givenAHeldPartitionTakenFromThisInstance_thenUpHere_becauseItsNewOwnerRetriesAndReportsIt() {
        RetryStateRebalanceListener rebalances = new RetryStateRebalanceListener(state);
        state.failed(record(0, 42), 3, "MongoTimeoutException");
        state.failed(record(1, 9), 1, "MongoTimeoutException");

        rebalances.onPartitionsRevokedAfterCommit(null, List.of(new TopicPartition("complaint-events", 0)));
        assertThat(health.health(true).getDetails().get("retrying")).isEqualTo(Map.of("complaint-events-1",
                new ConsumerRetryState.Held(9, CLOCK.instant(), 1, "MongoTimeoutException")));

        rebalances.onPartitionsLost(null, List.of(new TopicPartition("complaint-events", 1)));
        assertThat(health.health(true).getStatus()).isEqualTo(Status.UP);
        assertThat(retrying()).isZero();
    }

    @Test
    void withoutDetails_thenTheHeldRecordsAreNotShown() {
        state.failed(record(0, 42), 1, "MongoTimeoutException");

        assertThat(health.health(false).getDetails()).doesNotContainKey("retrying");
    }

    private double retrying() {
        return meters.get(ConsumerRetryState.GAUGE).tag("group", "reporting-service").gauge().value();
    }

    private static ConsumerRecord<String, String> record(int partition, long offset) {
        return new ConsumerRecord<>("complaint-events", partition, offset, "complaint-1", "{}");
    }
}

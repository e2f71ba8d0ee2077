package com.complaintbook.escalation.config;

import com.complaintbook.kit.mongo.MongoTimeoutProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** A lease shorter than a tick's worst case would let another instance send a command still being sent. */
class TimerBudgetTest {

    private static final MongoTimeoutProperties MONGO = new MongoTimeoutProperties(Duration.ofSeconds(2),
            Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(2));

    @Test
    void givenTheShippedSettings_thenATicksWorstCaseIsBlockPlusSendPlusTwoMongoOperations() {
        TimerBudget budget = TimerBudget.of(properties(), kafka("5000"), MONGO);

        assertThat(budget.worstTick()).isEqualTo(Duration.ofSeconds(5 + 10 + 2 * 16));
        budget.requireLeaseOutlastsTick(Duration.ofMinutes(1));
    }

    @Test
    void givenALeaseNoLongerThanATick_thenStartUpIsRefused() {
        TimerBudget budget = TimerBudget.of(properties(), kafka("5000"), MONGO);

        assertThatIllegalStateException().isThrownBy(() -> budget.requireLeaseOutlastsTick(Duration.ofSeconds(30)))
                .withMessageContaining("complaintbook.escalation.timers.lease");
    }

    @Test
    void givenNoMaxBlockConfigured_thenTheClientsMinuteCounts() {
        assertThat(TimerBudget.of(properties(), kafka(null), MONGO).worstTick())
                .isEqualTo(Duration.ofSeconds(60 + 10 + 2 * 16));
    }

    private static EscalationProperties properties() {
        return new EscalationProperties(0.75,
                new EscalationProperties.Timers(Duration.ofMinutes(2), Duration.ofSeconds(30), Duration.ofMinutes(5),
                        Duration.ofMinutes(1), 500, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(30)),
                new EscalationProperties.Kafka(3, (short) 1, Duration.ofSeconds(10)));
    }

    private static KafkaProperties kafka(String maxBlockMs) {
        KafkaProperties kafka = new KafkaProperties();
        if (maxBlockMs != null) {
            kafka.getProducer().getProperties().put("max.block.ms", maxBlockMs);
        }
        return kafka;
    }
}

package com.complaintbook.escalation.config;

import com.complaintbook.kit.mongo.MongoTimeoutProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

import java.time.Duration;

/**
 * The worst case of one tick of the timer scheduler, from the settings that bound its waits.
 *
 * @param worstTick {@code max.block.ms} + the send timeout + 2 × one MongoDB operation's longest wait
 *                  (server selection, a pooled connection, connecting, the reply)
 */
record TimerBudget(Duration worstTick) {

    /** The producer client's own default for {@code max.block.ms}, when the configuration names none. */
    private static final Duration CLIENT_DEFAULT_MAX_BLOCK = Duration.ofMinutes(1);
    /**
     * Stands in for a reply allowed to wait without limit (read timeout zero): a tick waiting longer on
     * one is counted as stuck.
     */
    private static final Duration UNBOUNDED_READ = Duration.ofSeconds(30);

    static TimerBudget of(EscalationProperties properties, KafkaProperties kafka, MongoTimeoutProperties mongo) {
        String maxBlock = kafka.getProducer().getProperties().get("max.block.ms");
        Duration block = maxBlock == null ? CLIENT_DEFAULT_MAX_BLOCK : Duration.ofMillis(Long.parseLong(maxBlock.trim()));
        Duration read = mongo.readTimeout().isZero() ? UNBOUNDED_READ : mongo.readTimeout();
        Duration mongoOperation = mongo.serverSelectionTimeout().plus(mongo.poolWaitTimeout())
                .plus(mongo.connectTimeout()).plus(read);
        return new TimerBudget(block.plus(properties.kafka().sendTimeout()).plus(mongoOperation.multipliedBy(2)));
    }

    /** Refuses to start with a lease another instance could claim past while this one still sends. */
    void requireLeaseOutlastsTick(Duration lease) {
        if (lease.compareTo(worstTick) <= 0) {
            throw new IllegalStateException(("complaintbook.escalation.timers.lease (%s) must be longer than a tick's "
                    + "worst case (%s: max.block.ms + send-timeout + 2 x the MongoDB timeouts), or another instance "
                    + "may claim and send a timer whose command this one is still sending").formatted(lease, worstTick));
        }
    }
}

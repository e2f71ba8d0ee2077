package com.complaintbook.escalation.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Escalation's configuration.
 *
 * @param warnAt the fraction of a review period after which the assignee is warned (0.75: at three
 *               quarters of it); 1 warns nobody
 * @param timers how due timers are held, claimed and fired
 * @param kafka  topic and producer settings; consumer retries are the kit's ({@code complaintbook.kafka.retry.*})
 */
@Validated
@ConfigurationProperties("complaintbook.escalation")
public record EscalationProperties(@DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.75") double warnAt,
                                   @Valid @DefaultValue Timers timers,
                                   @Valid @DefaultValue Kafka kafka) {

    /**
     * @param horizon        timers due within this are held in memory; longer than {@code loadInterval}
     * @param loadInterval   how often the store is read for timers coming within the horizon (from where
     *                       the last read's horizon ended), the open deadlines are counted and missing
     *                       indexes are created
     * @param fullLoadInterval how often everything due within the horizon is read again
     * @param lease          how long a claim keeps other instances off a timer; longer than a tick's worst
     *                       case (checked at start-up, see {@code TimerBudget})
     * @param batchSize      the most timers claimed, sent and marked together
     * @param maxSleep       the longest the scheduling thread sleeps between two looks at the clock
     * @param retryInitial   the wait before the first retry after MongoDB or the broker failed
     * @param retryMax       the longest wait between retries; they never run out
     */
    public record Timers(@DefaultValue("2m") Duration horizon,
                         @DefaultValue("30s") Duration loadInterval,
                         @DefaultValue("5m") Duration fullLoadInterval,
                         @DefaultValue("1m") Duration lease,
                         @Positive @DefaultValue("500") int batchSize,
                         @DefaultValue("1s") Duration maxSleep,
                         @DefaultValue("1s") Duration retryInitial,
                         @DefaultValue("30s") Duration retryMax) {
    }

    /**
     * @param partitions  partitions of the topics this service declares
     * @param replicas    replication factor of the topics this service declares
     * @param sendTimeout how long a batch's commands wait for the broker's acknowledgement; above the
     *                    producer's {@code delivery.timeout.ms}
     */
    public record Kafka(@Positive @DefaultValue("3") int partitions,
                        @Positive @DefaultValue("1") short replicas,
                        @DefaultValue("10s") Duration sendTimeout) {
    }
}

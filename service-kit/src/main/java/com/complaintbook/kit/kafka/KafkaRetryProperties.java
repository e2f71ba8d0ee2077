package com.complaintbook.kit.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The back-off between attempts at a record that failed for an infrastructure reason. There is no
 * limit on attempts or on time: such a record is never parked. One policy for every service, so the
 * keys are shared: {@code complaintbook.kafka.retry.*}.
 *
 * @param initialInterval the wait before the second attempt
 * @param multiplier      each further wait is the last one times this
 * @param maxInterval     the longest wait; a returning store is noticed within this
 */
@ConfigurationProperties("complaintbook.kafka.retry")
public record KafkaRetryProperties(
        @DefaultValue("1s") Duration initialInterval,
        @DefaultValue("2.0") double multiplier,
        @DefaultValue("1m") Duration maxInterval) {

    public KafkaRetryProperties {
        if (initialInterval.isNegative() || initialInterval.isZero() || maxInterval.compareTo(initialInterval) < 0
                || multiplier < 1.0) {
            throw new IllegalArgumentException("complaintbook.kafka.retry needs 0 < initial-interval <= max-interval"
                    + " and a multiplier of at least 1");
        }
    }
}

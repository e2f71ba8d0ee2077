package com.complaintbook.kit.kafka.redrive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The re-drive of parked records and the depth gauge of the dead-letter topics. Shared keys, as the
 * failure policy's: {@code complaintbook.kafka.dead-letters.*}.
 *
 * @param depthInterval  how often the depth of every dead-letter topic is computed (not at each scrape:
 *                       it reads the ledger and asks the broker for offsets)
 * @param readTimeout    how long a re-drive or a listing may take to read the dead-letter topics and the
 *                       ledger to their ends, and to have its sends acknowledged, before it gives up
 * @param ledgerReplicas replicas of the ledger topic, when this service creates it
 */
@ConfigurationProperties("complaintbook.kafka.dead-letters")
public record DeadLetterProperties(
        @DefaultValue("30s") Duration depthInterval,
        @DefaultValue("30s") Duration readTimeout,
        @DefaultValue("1") short ledgerReplicas) {

    public DeadLetterProperties {
        if (depthInterval.isNegative() || depthInterval.isZero() || readTimeout.isNegative() || readTimeout.isZero()
                || ledgerReplicas < 1) {
            throw new IllegalArgumentException("complaintbook.kafka.dead-letters needs a positive depth-interval and"
                    + " read-timeout and at least one ledger replica");
        }
    }
}

package com.complaintbook.kit.mongo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How long any MongoDB operation may wait for an unavailable server, in every service alike: an HTTP
 * request, the {@code mongo} health check and a Kafka listener's write all fail after these instead of
 * the driver's defaults (30 s to select a server, 10 s to connect, no limit on a reply, 2 min for a
 * pooled connection). The kit's
 * failure policy retries a listener's failed write without limit, so a short wait loses nothing there.
 * An option written in the connection string ({@code serverSelectionTimeoutMS}, {@code connectTimeoutMS},
 * {@code socketTimeoutMS}, {@code waitQueueTimeoutMS}) wins over these. Keys {@code complaintbook.mongo.*}, shared by every service.
 *
 * @param serverSelectionTimeout how long an operation waits for a server it can use
 * @param connectTimeout         how long opening a connection may take
 * @param readTimeout            how long one reply may take once sent for; zero for no limit
 * @param poolWaitTimeout        how long an operation waits for a pooled connection while all are busy
 */
@ConfigurationProperties("complaintbook.mongo")
public record MongoTimeoutProperties(
        @DefaultValue("2s") Duration serverSelectionTimeout,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout,
        @DefaultValue("2s") Duration poolWaitTimeout) {

    public MongoTimeoutProperties {
        if (serverSelectionTimeout.isNegative() || serverSelectionTimeout.isZero()
                || connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative()
                || poolWaitTimeout.isNegative() || poolWaitTimeout.isZero()) {
            throw new IllegalArgumentException("complaintbook.mongo needs a positive server-selection-timeout,"
                    + " connect-timeout and pool-wait-timeout, and a read-timeout of zero (no limit) or more");
        }
    }
}

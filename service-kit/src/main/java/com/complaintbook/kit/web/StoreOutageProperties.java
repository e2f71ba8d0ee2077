package com.complaintbook.kit.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * What an HTTP caller is told while the service's store is away. One answer for every service, so the
 * key is shared: {@code complaintbook.web.store-outage.*}.
 *
 * @param retryAfter the pause the {@code Retry-After} header asks for, in whole seconds (rounded up)
 */
@ConfigurationProperties("complaintbook.web.store-outage")
public record StoreOutageProperties(@DefaultValue("5s") Duration retryAfter) {

    public StoreOutageProperties {
        if (retryAfter.isNegative() || retryAfter.isZero()) {
            throw new IllegalArgumentException("complaintbook.web.store-outage.retry-after must be positive");
        }
    }

    /** The header's value: whole seconds, at least one. */
    public long retryAfterSeconds() {
        long seconds = retryAfter.toSeconds();
        return retryAfter.toNanosPart() > 0 ? seconds + 1 : seconds;
    }
}

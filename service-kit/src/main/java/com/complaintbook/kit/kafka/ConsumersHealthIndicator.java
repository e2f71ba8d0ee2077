package com.complaintbook.kit.kafka;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code consumers} health contributor: DOWN while any partition of the service's consumer
 * group is held at a record that is being retried after an infrastructure failure, so that
 * readiness says the service is not keeping up; UP again once the record went through.
 */
public class ConsumersHealthIndicator implements HealthIndicator {

    private final ConsumerRetryState state;

    public ConsumersHealthIndicator(ConsumerRetryState state) {
        this.state = state;
    }

    @Override
    public Health health(boolean includeDetails) {
        Health.Builder builder = state.isRetrying() ? Health.down() : Health.up();
        builder.withDetail("group", state.group());
        if (includeDetails && state.isRetrying()) {
            builder.withDetail("retrying", state.held());
        }
        return builder.build();
    }

    @Override
    public Health health() {
        return health(true);
    }
}

package com.complaintbook.routing.adapters.in.timer;

import com.complaintbook.routing.application.OrganisationHistory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code organisation} readiness check: DOWN while routing has no organisation, when it decides
 * nothing and its events wait on the topic.
 */
public class OrganisationHealthIndicator implements HealthIndicator {

    private final OrganisationHistory organisations;

    public OrganisationHealthIndicator(OrganisationHistory organisations) {
        this.organisations = organisations;
    }

    @Override
    public Health health() {
        if (organisations.lastReloadFailed()) {
            return Health.down().withDetail("reason", "the last reading of the organisation's versions failed")
                    .build();
        }
        return organisations.latest()
                .map(latest -> Health.up().withDetail("version", latest.stored().version()).build())
                .orElseGet(() -> Health.down().withDetail("reason", "no organisation imported").build());
    }
}

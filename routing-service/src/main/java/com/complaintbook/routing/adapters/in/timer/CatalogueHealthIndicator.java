package com.complaintbook.routing.adapters.in.timer;

import com.complaintbook.routing.application.CataloguePublisher;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code catalogue} readiness check: DOWN until the catalogue was published since the start, and
 * while the last publication failed.
 */
public class CatalogueHealthIndicator implements HealthIndicator {

    private final CataloguePublisher catalogue;

    public CatalogueHealthIndicator(CataloguePublisher catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public Health health() {
        return catalogue.healthy() ? Health.up().build() : Health.down().build();
    }
}

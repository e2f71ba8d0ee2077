package com.complaintbook.intake.catalogue.adapters.in.kafka;

import com.complaintbook.intake.catalogue.application.CurrentCatalogue;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import java.util.Optional;

/**
 * Readiness: DOWN until intake has read the whole catalogue topic and a whole version on it, so no
 * submission meets a catalogue half loaded. UP from then on, also while the broker is away: the
 * version in force stays good for validating until the next one arrives. DOWN again when the reader
 * thread has died: nothing would bring the next version, so the instance must be restarted.
 */
public class CatalogueHealthIndicator implements HealthIndicator {

    private final CurrentCatalogue current;
    private final CatalogueReader reader;

    public CatalogueHealthIndicator(CurrentCatalogue current, CatalogueReader reader) {
        this.current = current;
        this.reader = reader;
    }

    @Override
    public Health health() {
        Optional<String> death = reader.death();
        if (death.isPresent()) {
            return Health.down().withDetail("reason", "the catalogue reader has died; restart the instance")
                    .withDetail("death", death.get()).build();
        }
        Health.Builder health = current.loaded()
                .map(catalogue -> Health.up().withDetail("version", catalogue.version()))
                .orElseGet(() -> Health.down().withDetail("reason",
                        "the catalogue topic has not been read to its end with a whole version on it yet"));
        reader.lastFailure().ifPresent(failure -> health.withDetail("lastFailure", failure));
        return health.build();
    }
}

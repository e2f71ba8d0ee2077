package com.complaintbook.routing.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * Routing's configuration. Nothing organisational is here: the organisation comes from the admin API
 * or from a file named here, and lives in routing's database.
 *
 * @param organisation where the organisation comes from at start-up and how often it is read again
 * @param sla          review periods in plain calendar time that replace the organisation's business
 *                     time, for watching a complaint climb in minutes (the local {@code --short-deadlines}
 *                     run); none by default
 * @param kafka        producer and topic settings; consumer retries are the kit's
 *                     ({@code complaintbook.kafka.retry.*})
 */
@Validated
@ConfigurationProperties("complaintbook.routing")
public record RoutingProperties(
        @Valid @DefaultValue OrganisationSource organisation,
        @Valid @DefaultValue Sla sla,
        @Valid @DefaultValue Kafka kafka) {

    /**
     * @param file            an organisation document (YAML, or JSON when it ends in {@code .json})
     *                        imported at every start like an admin's import by {@code file:<path>}: no
     *                        change when its content is the current version's; none by default
     * @param refreshInterval how often the versions are read again (other replicas' imports) and the
     *                        catalogue published
     */
    public record OrganisationSource(Path file, @NotNull @DefaultValue("30s") Duration refreshInterval) {
    }

    /**
     * Calendar-time review periods; all three or none.
     *
     * @param complaint  first review of a complaint
     * @param suggestion first review of a suggestion
     * @param escalated  review at every level above 0
     */
    public record Sla(Duration complaint, Duration suggestion, Duration escalated) {

        public boolean overridden() {
            return complaint != null;
        }

        @AssertTrue(message = "set all three of complaint, suggestion and escalated, or none, each positive")
        public boolean isAllOrNone() {
            long set = Stream.of(complaint, suggestion, escalated).filter(period -> period != null).count();
            return set == 0 || set == 3 && Stream.of(complaint, suggestion, escalated)
                    .allMatch(period -> !period.isNegative() && !period.isZero());
        }
    }

    /**
     * @param sendTimeout   how long to wait for the broker to acknowledge all the commands of one
     *                      poll's events (or one catalogue publication, or reading the catalogue
     *                      topic's live keys at start); above the producer's {@code delivery.timeout.ms}
     * @param partitions    partitions of the commands topic and the dead-letter topic this service declares
     * @param replicas      replication factor of every topic this service declares, the catalogue's too
     */
    public record Kafka(@NotNull @DefaultValue("10s") Duration sendTimeout,
                        @Positive @DefaultValue("3") int partitions,
                        @Positive @DefaultValue("1") short replicas) {
    }
}

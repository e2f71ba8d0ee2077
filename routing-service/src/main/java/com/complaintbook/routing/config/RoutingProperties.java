package com.complaintbook.routing.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Routing's configuration. Field-level checks happen here; whether the employees form one
 * organisation (managers exist, one CEO, no loops, rules point at real people) is checked when the
 * domain is built from it, see {@link RoutingConfiguration}.
 *
 * @param employees        the org chart
 * @param responsibilities category to the id of the employee who answers it
 * @param defaultAssignee  employee id for every category not in {@code responsibilities}
 * @param stores           ids of the stores complaints are about
 * @param sla              review periods
 * @param kafka            producer and topic settings; consumer retries are the kit's
 *                         ({@code complaintbook.kafka.retry.*})
 */
@Validated
@ConfigurationProperties("complaintbook.routing")
public record RoutingProperties(
        @NotEmpty List<@Valid @NotNull EmployeeProperties> employees,
        @DefaultValue Map<@NotBlank String, @NotBlank String> responsibilities,
        @NotBlank String defaultAssignee,
        @DefaultValue List<@NotBlank String> stores,
        @Valid @DefaultValue Sla sla,
        @Valid @DefaultValue Kafka kafka) {

    /**
     * @param id      stable employee id
     * @param name    display name
     * @param email   work address
     * @param manager id of their manager; left out for the CEO
     */
    public record EmployeeProperties(@NotBlank String id, @NotBlank String name, @NotBlank @Email String email,
                                     String manager) {
    }

    /**
     * Review periods, in calendar time.
     *
     * @param complaint  first review of a complaint
     * @param suggestion first review of a suggestion
     * @param escalated  review at every level above 0
     */
    public record Sla(@NotNull @DefaultValue("P3D") Duration complaint,
                      @NotNull @DefaultValue("P10D") Duration suggestion,
                      @NotNull @DefaultValue("P2D") Duration escalated) {
    }

    /**
     * @param sendTimeout   how long to wait for the broker to acknowledge all the commands of one
     *                      poll's events; above the producer's {@code delivery.timeout.ms}
     * @param partitions    partitions of the topics this service declares
     * @param replicas      replication factor of the topics this service declares
     */
    public record Kafka(@NotNull @DefaultValue("10s") Duration sendTimeout,
                        @Positive @DefaultValue("3") int partitions,
                        @Positive @DefaultValue("1") short replicas) {
    }
}

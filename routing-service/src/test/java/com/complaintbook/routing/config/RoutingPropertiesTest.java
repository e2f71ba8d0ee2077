package com.complaintbook.routing.config;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Routing's settings as the environment gives them, the variables the local run and Kubernetes set. */
class RoutingPropertiesTest {

    @Test
    void givenTheShortDeadlinesOfTheLocalRun_whenBoundFromTheEnvironment_thenTheyReplaceBusinessTime() {
        RoutingProperties properties = bind(Map.of(
                "COMPLAINTBOOK_ROUTING_SLA_COMPLAINT", "PT2M",
                "COMPLAINTBOOK_ROUTING_SLA_SUGGESTION", "PT2M",
                "COMPLAINTBOOK_ROUTING_SLA_ESCALATED", "PT1M"));

        assertThat(properties.sla().overridden()).isTrue();
        assertThat(properties.sla().isAllOrNone()).isTrue();
        assertThat(properties.sla().complaint()).isEqualTo(Duration.ofMinutes(2));
        assertThat(properties.sla().escalated()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void givenNothing_whenBound_thenBusinessTimeAppliesAndNoFileIsRead() {
        RoutingProperties properties = bind(Map.of());

        assertThat(properties.sla().overridden()).isFalse();
        assertThat(properties.sla().isAllOrNone()).isTrue();
        assertThat(properties.organisation().file()).isNull();
        assertThat(properties.organisation().refreshInterval()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void givenOnlySomeReviewPeriods_whenBound_thenTheyAreRefused() {
        assertThat(bind(Map.of("COMPLAINTBOOK_ROUTING_SLA_COMPLAINT", "PT2M")).sla().isAllOrNone()).isFalse();
    }

    @Test
    void givenTheOrganisationFileVariable_whenBound_thenItNamesTheFile() {
        RoutingProperties properties = bind(Map.of("COMPLAINTBOOK_ROUTING_ORGANISATION_FILE",
                "/etc/complaint-book/organisation/organisation.yaml"));

        assertThat(properties.organisation().file())
                .isEqualTo(Path.of("/etc/complaint-book/organisation/organisation.yaml"));
    }

    private static RoutingProperties bind(Map<String, Object> environment) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new SystemEnvironmentPropertySource("test-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment));
        env.getPropertySources().addLast(new MapPropertySource("none", Map.of()));
        return new Binder(ConfigurationPropertySources.get(env))
                .bindOrCreate("complaintbook.routing", RoutingProperties.class);
    }
}

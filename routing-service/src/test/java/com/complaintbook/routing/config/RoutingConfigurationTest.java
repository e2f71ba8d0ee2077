package com.complaintbook.routing.config;

import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.routing.application.AssignmentPublisher;
import com.complaintbook.routing.domain.InvalidOrganisationException;
import com.complaintbook.contracts.Channel;
import com.complaintbook.routing.domain.Assignment;
import com.complaintbook.routing.domain.ClimbingComplaint;
import com.complaintbook.routing.domain.OrganisationVersion;
import com.complaintbook.routing.domain.RoutableComplaint;
import com.complaintbook.routing.domain.Router;
import com.complaintbook.routing.domain.SlaPolicy;
import org.springframework.context.ApplicationContext;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Startup checks of the organisation, through the same binding and wiring the service uses. */
class RoutingConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Support.class, RoutingConfiguration.class);

    /** A small organisation that starts; each test breaks one thing in it. */
    private final ApplicationContextRunner smallOrganisation = context.withPropertyValues(
            "complaintbook.routing.employees[0].id=ceo",
            "complaintbook.routing.employees[0].name=Taras Bondarenko",
            "complaintbook.routing.employees[0].email=taras.bondarenko@retail.example",
            "complaintbook.routing.employees[1].id=e-delivery-lead",
            "complaintbook.routing.employees[1].name=Ivan Petrenko",
            "complaintbook.routing.employees[1].email=ivan.petrenko@retail.example",
            "complaintbook.routing.employees[1].manager=ceo",
            "complaintbook.routing.responsibilities.delivery=e-delivery-lead",
            "complaintbook.routing.default-assignee=ceo",
            "complaintbook.routing.stores=kyiv-001");

    @Test
    void givenTheDefaultApplicationYml_whenStarted_thenEveryCategoryReachesItsPerson() {
        context.withInitializer(new ConfigDataApplicationContextInitializer()).run(started -> {
            assertThat(started).hasNotFailed();
            Instant at = Instant.parse("2026-11-20T18:00:00Z");
            assertThat(first(started, about("product-quality"), at).assignee().id()).isEqualTo("e-quality");
            assertThat(first(started, about("staff-behaviour"), at).assignee().id()).isEqualTo("e-store-supervisor");
            assertThat(first(started, about("something-new"), at).assignee().id()).isEqualTo("e-customer-care");
            assertThat(first(started, about("delivery"), at).managers()).extracting(employee -> employee.id())
                    .containsExactly("m-logistics", "d-operations", "ceo");
        });
    }

    @Test
    void givenTheShortDeadlinesOfTheLocalRunInTheEnvironment_whenRouted_thenDeadlinesAreMinutesAhead() {
        Instant submittedAt = Instant.parse("2026-11-20T18:00:00Z");
        context.withInitializer(new ConfigDataApplicationContextInitializer())
                .withInitializer(started -> started.getEnvironment().getPropertySources().addFirst(
                        new SystemEnvironmentPropertySource("test-systemEnvironment", Map.of(
                                "COMPLAINTBOOK_ROUTING_SLA_COMPLAINT", "PT2M",
                                "COMPLAINTBOOK_ROUTING_SLA_SUGGESTION", "PT2M",
                                "COMPLAINTBOOK_ROUTING_SLA_ESCALATED", "PT1M"))))
                .run(started -> {
                    assertThat(started).hasNotFailed();
                    assertThat(first(started, about("delivery"), submittedAt).deadline())
                            .isEqualTo(Instant.parse("2026-11-20T18:02:00Z"));
                    assertThat(first(started, new RoutableComplaint(ComplaintKind.SUGGESTION, Channel.WEBSITE,
                            "kyiv-001", "website"), submittedAt).deadline())
                            .isEqualTo(Instant.parse("2026-11-20T18:02:00Z"));
                    assertThat(climbFrom(started, "e-delivery-lead", submittedAt).deadline())
                            .isEqualTo(Instant.parse("2026-11-20T18:01:00Z"));
                });
    }

    @Test
    void givenNoOverride_whenRouted_thenTheDefaultPeriodsOfDaysHold() {
        Instant submittedAt = Instant.parse("2026-11-20T18:00:00Z");
        context.withInitializer(new ConfigDataApplicationContextInitializer()).run(started -> {
            assertThat(first(started, about("delivery"), submittedAt).deadline())
                    .isEqualTo(Instant.parse("2026-11-23T18:00:00Z"));
            Assignment climbed = climbFrom(started, "e-delivery-lead", submittedAt);
            assertThat(climbed.assignee().id()).isEqualTo("m-logistics");
            assertThat(climbed.deadline()).isEqualTo(Instant.parse("2026-11-22T18:00:00Z"));
        });
    }

    @Test
    void givenASmallValidOrganisation_whenStarted_thenItStarts() {
        smallOrganisation.run(started -> assertThat(started).hasNotFailed());
    }

    @Test
    void givenAManagerWhoDoesNotExist_whenStarted_thenStartupFailsNamingThem() {
        smallOrganisation.withPropertyValues("complaintbook.routing.employees[1].manager=m-transport")
                .run(started -> assertThat(started).getFailure()
                        .rootCause()
                        .isInstanceOf(InvalidOrganisationException.class)
                        .hasMessageContaining("position 'e-delivery-lead' reports to 'm-transport', which is not a position"));
    }

    @Test
    void givenAResponsibilityForSomeoneWhoDoesNotExist_whenStarted_thenStartupFailsNamingThem() {
        smallOrganisation.withPropertyValues("complaintbook.routing.responsibilities.delivery=e-courier")
                .run(started -> assertThat(started).getFailure()
                        .rootCause()
                        .hasMessageContaining("rule 'delivery' targets 'e-courier', who is not on the staff"));
    }

    @Test
    void givenAnEmployeeWithoutEmail_whenStarted_thenStartupFailsOnValidation() {
        smallOrganisation.withPropertyValues("complaintbook.routing.employees[0].email=")
                .run(started -> assertThat(started).getFailure()
                        .hasStackTraceContaining("complaintbook.routing.employees[0].email"));
    }

    @Test
    void givenASecondEmployeeWithoutManager_whenStarted_thenStartupFailsNamingBoth() {
        smallOrganisation.withPropertyValues("complaintbook.routing.employees[1].manager=")
                .run(started -> assertThat(started).getFailure()
                        .rootCause()
                        .hasMessageContaining("but 2 do: ceo, e-delivery-lead"));
    }

    @Test
    void givenARefusedOrganisation_whenAnalysed_thenTheReportListsEveryProblem() {
        FailureAnalysis analysis = new InvalidOrganisationFailureAnalyzer().analyze(new IllegalStateException("wrapper",
                new InvalidOrganisationException(List.of("first problem", "second problem"))));

        assertThat(analysis.getDescription()).contains("    - first problem", "    - second problem");
        assertThat(analysis.getAction()).contains("complaintbook.routing.employees");
    }

    private static RoutableComplaint about(String category) {
        return new RoutableComplaint(ComplaintKind.COMPLAINT, Channel.TERMINAL, "kyiv-001", category);
    }

    private static Assignment first(ApplicationContext started, RoutableComplaint complaint, Instant at) {
        return started.getBean(Router.class).firstAssignment(started.getBean(OrganisationVersion.class),
                started.getBean(SlaPolicy.class), complaint, at);
    }

    private static Assignment climbFrom(ApplicationContext started, String previousAssignee, Instant at) {
        return started.getBean(Router.class).escalatedAssignment(started.getBean(OrganisationVersion.class),
                started.getBean(SlaPolicy.class), new ClimbingComplaint(about("delivery"), 1, previousAssignee, null,
                        List.of(), Set.of(previousAssignee)), at);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(RoutingProperties.class)
    static class Support {

        @Bean
        SimpleMeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }

        @Bean
        AssignmentPublisher assignmentPublisher() {
            return decisions -> () -> {
            };
        }
    }
}

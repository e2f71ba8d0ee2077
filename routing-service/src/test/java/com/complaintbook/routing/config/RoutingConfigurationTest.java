package com.complaintbook.routing.config;

import com.complaintbook.contracts.Channel;
import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.routing.application.AssignmentPublisher;
import com.complaintbook.routing.domain.InvalidOrganisationException;
import com.complaintbook.routing.domain.ResponsibilityRules;
import com.complaintbook.routing.domain.RoutableComplaint;
import com.complaintbook.routing.domain.Router;
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
            "complaintbook.routing.default-assignee=ceo");

    @Test
    void givenTheDefaultApplicationYml_whenStarted_thenEveryCategoryReachesItsPerson() {
        context.withInitializer(new ConfigDataApplicationContextInitializer()).run(started -> {
            assertThat(started).hasNotFailed();
            ResponsibilityRules rules = started.getBean(ResponsibilityRules.class);
            assertThat(rules.responsibleFor(about("product-quality")).id()).isEqualTo("e-quality");
            assertThat(rules.responsibleFor(about("staff-behaviour")).id()).isEqualTo("e-store-supervisor");
            assertThat(rules.responsibleFor(about("something-new")).id()).isEqualTo("e-customer-care");
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
                    Router router = started.getBean(Router.class);
                    assertThat(router.firstAssignment(about("delivery"), submittedAt).deadline())
                            .isEqualTo(Instant.parse("2026-11-20T18:02:00Z"));
                    assertThat(router.firstAssignment(
                                    new RoutableComplaint(ComplaintKind.SUGGESTION, Channel.TERMINAL, "kyiv-001", "website"), submittedAt)
                            .deadline())
                            .isEqualTo(Instant.parse("2026-11-20T18:02:00Z"));
                    assertThat(router.escalatedAssignment("e-delivery-lead", 1, submittedAt).orElseThrow().deadline())
                            .isEqualTo(Instant.parse("2026-11-20T18:01:00Z"));
                });
    }

    @Test
    void givenNoOverride_whenRouted_thenTheDefaultPeriodsOfDaysHold() {
        Instant submittedAt = Instant.parse("2026-11-20T18:00:00Z");
        context.withInitializer(new ConfigDataApplicationContextInitializer()).run(started -> {
            Router router = started.getBean(Router.class);
            assertThat(router.firstAssignment(about("delivery"), submittedAt).deadline())
                    .isEqualTo(Instant.parse("2026-11-23T18:00:00Z"));
            assertThat(router.escalatedAssignment("e-delivery-lead", 1, submittedAt).orElseThrow().deadline())
                    .isEqualTo(Instant.parse("2026-11-22T18:00:00Z"));
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
                        .hasMessageContaining("'e-delivery-lead' has manager 'm-transport', who is not in the org chart"));
    }

    @Test
    void givenAResponsibilityForSomeoneWhoDoesNotExist_whenStarted_thenStartupFailsNamingThem() {
        smallOrganisation.withPropertyValues("complaintbook.routing.responsibilities.delivery=e-courier")
                .run(started -> assertThat(started).getFailure()
                        .rootCause()
                        .hasMessageContaining("category 'delivery' is the responsibility of 'e-courier'"));
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
                        .hasMessageContaining("found 2: ceo, e-delivery-lead"));
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

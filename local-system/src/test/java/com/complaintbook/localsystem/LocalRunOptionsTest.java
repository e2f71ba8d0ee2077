package com.complaintbook.localsystem;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code ./run-local}'s command line, and what the short-deadline switch hands the services. */
class LocalRunOptionsTest {

    private static final LocalSystemSettings SETTINGS = new LocalSystemSettings(Path.of("data"), true,
            Path.of("services"), "", 9092, 27017, 5432, 3025, 8025, LocalSystemSettings.defaultServicePorts());

    @Test
    void withoutArgumentsTheServicesKeepTheirOwnPeriods() {
        LocalRunOptions options = LocalRunOptions.parse(List.of());

        assertThat(options.help()).isFalse();
        assertThat(options.reviewPeriods()).isNull();
        assertThat(options.applyTo(SETTINGS)).isEqualTo(SETTINGS);
        for (String service : LocalSystemSettings.SERVICES) {
            assertThat(new ServiceProcess(service, options.applyTo(SETTINGS), Map.of()).environment())
                    .doesNotContainKeys("COMPLAINTBOOK_ROUTING_SLA_COMPLAINT", "COMPLAINTBOOK_INTAKE_APPEAL_WINDOW");
        }
    }

    @Test
    void shortDeadlinesGiveRoutingMinutesOfReviewAndIntakeAnAppealWindowOfThree() {
        LocalSystemSettings settings = LocalRunOptions.parse(List.of("--short-deadlines")).applyTo(SETTINGS);

        assertThat(new ServiceProcess("routing-service", settings, Map.of()).environment()).containsAllEntriesOf(Map.of(
                "COMPLAINTBOOK_ROUTING_SLA_COMPLAINT", "PT2M",
                "COMPLAINTBOOK_ROUTING_SLA_SUGGESTION", "PT2M",
                "COMPLAINTBOOK_ROUTING_SLA_ESCALATED", "PT1M"));
        assertThat(new ServiceProcess("intake-service", settings, Map.of()).environment())
                .containsEntry("COMPLAINTBOOK_INTAKE_APPEAL_WINDOW", "PT3M")
                .doesNotContainKey("COMPLAINTBOOK_ROUTING_SLA_COMPLAINT");
        for (String service : List.of("escalation-service", "notification-service", "reporting-service")) {
            assertThat(new ServiceProcess(service, settings, Map.of()).environment()).as(service)
                    .doesNotContainKeys("COMPLAINTBOOK_ROUTING_SLA_COMPLAINT", "COMPLAINTBOOK_INTAKE_APPEAL_WINDOW");
        }
    }

    @Test
    void theShortPeriodsKeepWhatTheLauncherGivesEveryServiceAndWhatElseWasSetForIt() {
        LocalSystemSettings settings = ReviewPeriods.SHORT.applyTo(
                SETTINGS.withEnvironment("intake-service", Map.of("COMPLAINTBOOK_INTAKE_RATELIMITS_PERAPIKEY_BURST", "100000")));

        assertThat(new ServiceProcess("intake-service", settings, Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://x/intake"))
                .environment()).containsAllEntriesOf(Map.of(
                "SPRING_PROFILES_ACTIVE", "local",
                "COMPLAINTBOOK_INTAKE_URL", "http://localhost:8081",
                "SPRING_DATASOURCE_URL", "jdbc:postgresql://x/intake",
                "COMPLAINTBOOK_INTAKE_RATELIMITS_PERAPIKEY_BURST", "100000",
                "COMPLAINTBOOK_INTAKE_APPEAL_WINDOW", "PT3M"));
    }

    @Test
    void theBannerSaysTheSwitchIsOnAndHowShortThePeriodsAre() {
        assertThat(LocalSystemMain.shortDeadlinesNotice(ReviewPeriods.SHORT)).isEqualTo(
                "Short deadlines are ON (--short-deadlines): complaints 2 min, suggestions 2 min, each level above 1 min;"
                        + " appeal window 3 min.");
        assertThat(new ReviewPeriods(Duration.ofSeconds(20), Duration.ofSeconds(90), Duration.ofMillis(1500),
                Duration.ofMinutes(3)).describe())
                .isEqualTo("complaints 20 s, suggestions 90 s, each level above 1500 ms; appeal window 3 min");
    }

    @Test
    void helpIsAskedForAndAnythingElseIsRefusedWithTheUsage() {
        assertThat(LocalRunOptions.parse(List.of("--help")).help()).isTrue();
        assertThat(LocalRunOptions.USAGE).contains("--short-deadlines");
        assertThatThrownBy(() -> LocalRunOptions.parse(List.of("--short-deadline")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Unknown option --short-deadline");
    }

    @Test
    void aPeriodThatIsNotPositiveIsRefused() {
        assertThatThrownBy(() -> new ReviewPeriods(Duration.ofMinutes(2), Duration.ZERO, Duration.ofMinutes(1),
                Duration.ofMinutes(3))).isInstanceOf(IllegalArgumentException.class);
    }
}

package com.complaintbook.localsystem.benchmark;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EscalationOptionsTest {

    @Test
    void isAskedForByItsFlagAndDefaultsToTheIssuesRun() {
        EscalationOptions options = EscalationOptions.parse(List.of("--escalation"));

        assertThat(EscalationOptions.requested(List.of("--escalation", "--deadlines", "10"))).isTrue();
        assertThat(EscalationOptions.requested(List.of("--clients", "10"))).isFalse();
        assertThat(options.deadlines()).isEqualTo(100_000);
        assertThat(options.windowStart()).isEmpty();
        assertThat(options.window()).isEqualTo(Duration.ofMinutes(3));
        assertThat(options.reviewPeriod()).isEmpty();
    }

    @Test
    void anAutomaticReviewPeriodPutsTheWarningsInAWindowOfTheirOwnHalfwayToTheBreaches() {
        EscalationOptions options = EscalationOptions.defaults();
        Duration start = Duration.ofMinutes(10);

        assertThat(options.reviewPeriod(start)).isEqualTo(Duration.ofMinutes(20));
        // Warned 5 minutes before each deadline: from +5 to +8 minutes, the breaches from +10 to +13.
        assertThat(options.warningsOverdueOnArrival(start)).isFalse();
        assertThat(EscalationOptions.parse(List.of("--review-period", "24h")).warningsOverdueOnArrival(start)).isTrue();
    }

    @Test
    void readsEveryOption() {
        EscalationOptions options = EscalationOptions.parse(List.of("--escalation", "--deadlines", "100_000",
                "--window-start=4m", "--window", "2m", "--review-period", "8m", "--warn-at", "0.5", "--grace", "30s",
                "--read-timeout", "5m"));

        assertThat(options).isEqualTo(new EscalationOptions(100_000, Optional.of(Duration.ofMinutes(4)),
                Duration.ofMinutes(2), Optional.of(Duration.ofMinutes(8)), 0.5, Duration.ofSeconds(30), Duration.ofMinutes(5)));
        // The warning points lie 4 minutes before the deadlines, some after publication: measured too.
        assertThat(options.warningsOverdueOnArrival(Duration.ofMinutes(4))).isFalse();
    }

    @Test
    void anAutomaticStartLeavesSixTimesTheSubmissionsReadingTimeAndAtLeastThreeMinutes() {
        EscalationOptions options = EscalationOptions.defaults();

        assertThat(options.windowStart(Duration.ofSeconds(25))).isEqualTo(Duration.ofMinutes(3));
        assertThat(options.windowStart(Duration.ofSeconds(51))).isEqualTo(Duration.ofSeconds(310));
        assertThat(EscalationOptions.parse(List.of("--window-start", "1m")).windowStart(Duration.ofMinutes(9)))
                .isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void refusesAnAssignmentInTheFuture() {
        assertThatThrownBy(() -> EscalationOptions.parse(List.of("--window-start", "3m", "--review-period", "5m")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--review-period");
        EscalationOptions shortPeriod = EscalationOptions.parse(List.of("--review-period", "10m"));
        assertThatThrownBy(() -> shortPeriod.windowStart(Duration.ofMinutes(3)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("--review-period");
    }

    @Test
    void refusesWhatCannotBeRun() {
        assertThatThrownBy(() -> EscalationOptions.parse(List.of("--deadlines", "0")))
                .hasMessageContaining("--deadlines");
        assertThatThrownBy(() -> EscalationOptions.parse(List.of("--warn-at", "1.5")))
                .hasMessageContaining("--warn-at");
        assertThatThrownBy(() -> EscalationOptions.parse(List.of("--clients", "4")))
                .hasMessageContaining("Unknown option");
        assertThatThrownBy(() -> EscalationOptions.parse(List.of("--deadlines")))
                .hasMessageContaining("needs a value");
    }
}

package com.complaintbook.routing.domain;

import com.complaintbook.contracts.ComplaintKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CalendarSlaPolicyTest {

    private static final Instant FRIDAY_EVENING = Instant.parse("2026-11-20T18:00:00Z");

    private final CalendarSlaPolicy policy = new CalendarSlaPolicy(Duration.ofDays(3), Duration.ofDays(10), Duration.ofDays(2));

    @Test
    void givenAComplaint_whenSubmitted_thenDueThreeCalendarDaysLaterWeekendIncluded() {
        assertThat(policy.firstReviewDeadline(new RoutableComplaint(ComplaintKind.COMPLAINT, "kyiv-001", "delivery"), FRIDAY_EVENING))
                .isEqualTo(Instant.parse("2026-11-23T18:00:00Z"));
    }

    @Test
    void givenASuggestion_whenSubmitted_thenDueTenDaysLater() {
        assertThat(policy.firstReviewDeadline(new RoutableComplaint(ComplaintKind.SUGGESTION, "kyiv-001", "website"), FRIDAY_EVENING))
                .isEqualTo(Instant.parse("2026-11-30T18:00:00Z"));
    }

    @Test
    void givenAnEscalation_whenItClimbs_thenDueTwoDaysAfterTheClimb() {
        assertThat(policy.escalatedReviewDeadline(2, FRIDAY_EVENING)).isEqualTo(Instant.parse("2026-11-22T18:00:00Z"));
    }

    @Test
    void givenPeriodsOfMinutes_whenRouted_thenDueThoseMinutesLaterToTheSecond() {
        CalendarSlaPolicy minutes = new CalendarSlaPolicy(Duration.ofMinutes(2), Duration.ofMinutes(2), Duration.ofMinutes(1));
        Instant submittedAt = Instant.parse("2026-11-20T18:00:07.250Z");

        assertThat(minutes.firstReviewDeadline(new RoutableComplaint(ComplaintKind.COMPLAINT, "kyiv-001", "delivery"), submittedAt))
                .isEqualTo(Instant.parse("2026-11-20T18:02:07.250Z"));
        assertThat(minutes.escalatedReviewDeadline(3, submittedAt)).isEqualTo(Instant.parse("2026-11-20T18:01:07.250Z"));
    }

    @Test
    void givenAZeroReviewPeriod_whenBuilt_thenRefused() {
        assertThatThrownBy(() -> new CalendarSlaPolicy(Duration.ZERO, Duration.ofDays(10), Duration.ofDays(2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("complaint review period must be positive");
    }
}

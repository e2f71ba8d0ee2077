package com.complaintbook.routing.domain;

import com.complaintbook.contracts.Channel;
import com.complaintbook.contracts.ComplaintKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static com.complaintbook.routing.domain.organisation.ReviewLevel.ESCALATED;
import static com.complaintbook.routing.domain.organisation.ReviewLevel.FIRST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CalendarTimeSlaPolicyTest {

    private static final Instant FRIDAY_EVENING = Instant.parse("2026-11-20T18:00:00Z");
    private static final RoutableComplaint DELIVERY_COMPLAINT =
            new RoutableComplaint(ComplaintKind.COMPLAINT, Channel.TERMINAL, "kyiv-001", "delivery");
    private static final RoutableComplaint WEBSITE_SUGGESTION =
            new RoutableComplaint(ComplaintKind.SUGGESTION, Channel.WEBSITE, "kyiv-001", "website");

    private final CalendarTimeSlaPolicy policy =
            new CalendarTimeSlaPolicy(Duration.ofDays(3), Duration.ofDays(10), Duration.ofDays(2));

    @Test
    void givenAComplaint_whenSubmitted_thenDueThreeCalendarDaysLaterWeekendIncluded() {
        assertThat(policy.reviewDeadline(DELIVERY_COMPLAINT, FIRST, FRIDAY_EVENING))
                .isEqualTo(Instant.parse("2026-11-23T18:00:00Z"));
    }

    @Test
    void givenASuggestion_whenSubmitted_thenDueTenDaysLater() {
        assertThat(policy.reviewDeadline(WEBSITE_SUGGESTION, FIRST, FRIDAY_EVENING))
                .isEqualTo(Instant.parse("2026-11-30T18:00:00Z"));
    }

    @Test
    void givenAnEscalation_whenItClimbs_thenDueTwoDaysAfterTheClimbWhateverItIsAbout() {
        assertThat(policy.reviewDeadline(DELIVERY_COMPLAINT, ESCALATED, FRIDAY_EVENING))
                .isEqualTo(Instant.parse("2026-11-22T18:00:00Z"));
        assertThat(policy.reviewDeadline(WEBSITE_SUGGESTION, ESCALATED, FRIDAY_EVENING))
                .isEqualTo(Instant.parse("2026-11-22T18:00:00Z"));
    }

    @Test
    void givenPeriodsOfMinutes_whenRouted_thenDueThoseMinutesLaterToTheSecond() {
        CalendarTimeSlaPolicy minutes =
                new CalendarTimeSlaPolicy(Duration.ofMinutes(2), Duration.ofMinutes(2), Duration.ofMinutes(1));
        Instant submittedAt = Instant.parse("2026-11-20T18:00:07.250Z");

        assertThat(minutes.reviewDeadline(DELIVERY_COMPLAINT, FIRST, submittedAt))
                .isEqualTo(Instant.parse("2026-11-20T18:02:07.250Z"));
        assertThat(minutes.reviewDeadline(DELIVERY_COMPLAINT, ESCALATED, submittedAt))
                .isEqualTo(Instant.parse("2026-11-20T18:01:07.250Z"));
    }

    @Test
    void givenAZeroReviewPeriod_whenBuilt_thenRefused() {
        assertThatThrownBy(() -> new CalendarTimeSlaPolicy(Duration.ZERO, Duration.ofDays(10), Duration.ofDays(2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("complaint review period must be positive");
    }
}

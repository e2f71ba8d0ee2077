package com.complaintbook.localsystem.benchmark;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlinePlanTest {

    private static final Instant FIRST = Instant.parse("2026-12-02T01:03:00.000Z");

    private final DeadlinePlan plan = new DeadlinePlan(List.of("a", "b", "c", "d"), FIRST, Duration.ofMinutes(4),
            Duration.ofHours(24), 0.75);

    @Test
    void spreadsTheDeadlinesEvenlyOverTheWindow() {
        assertThat(plan.deadline(0)).isEqualTo(FIRST);
        assertThat(plan.deadline(1)).isEqualTo(FIRST.plusSeconds(60));
        assertThat(plan.deadline(3)).isEqualTo(FIRST.plusSeconds(180));
        assertThat(plan.lastDeadline()).isEqualTo(FIRST.plusSeconds(180));
    }

    @Test
    void assignsOneReviewPeriodBeforeTheDeadlineAndWarnsAtItsFraction() {
        assertThat(plan.assignedAt(1)).isEqualTo(FIRST.plusSeconds(60).minus(Duration.ofHours(24)));
        assertThat(plan.warningPoint(1)).isEqualTo(FIRST.plusSeconds(60).minus(Duration.ofHours(6)));
    }

    @Test
    void findsComplaintsAndCountsTheDeadlinesPassed() {
        assertThat(plan.indexOf("c")).hasValue(2);
        assertThat(plan.indexOf("z")).isEmpty();
        assertThat(plan.passedBy(FIRST)).isZero();
        assertThat(plan.passedBy(FIRST.plusMillis(1))).isEqualTo(1);
        assertThat(plan.passedBy(FIRST.plusSeconds(150))).isEqualTo(3);
        assertThat(plan.passedBy(FIRST.plusSeconds(3600))).isEqualTo(4);
    }

    @Test
    void keepsDeadlinesToTheMillisecondAsTheWireCarriesThem() {
        DeadlinePlan fine = new DeadlinePlan(List.of("a"), FIRST.plusNanos(123_456_789), Duration.ZERO,
                Duration.ofHours(1), 0.75);

        assertThat(fine.deadline(0)).isEqualTo(FIRST.plusMillis(123));
    }
}

package com.complaintbook.intake.web.application;

import com.complaintbook.intake.support.TestClock;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class RequestBudgetsTest {

    private final TestClock clock = new TestClock(Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void givenABurstSpent_whenTheCallerAsksAgain_thenTheyAreToldHowLongUntilOneRequestIsEarnedBack() {
        RequestBudgets budgets = new RequestBudgets(3, Duration.ofMinutes(3), clock);
        for (int i = 0; i < 3; i++) {
            assertThat(budgets.take("visitor")).isEmpty();
        }

        assertThat(budgets.take("visitor")).contains(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(1));
        assertThat(budgets.take("visitor")).isEmpty();
    }

    @Test
    void givenACrowdOfDistinctVisitors_whenEachComesOnce_thenNoMoreBucketsAreKeptThanTheCapacity() {
        RequestBudgets budgets = new RequestBudgets(10, Duration.ofHours(1), clock, 1_000);

        for (int visitor = 0; visitor < 50_000; visitor++) {
            budgets.take("visitor-" + visitor);
            clock.advance(Duration.ofMillis(1));
        }

        assertThat(budgets.callers()).isEqualTo(1_000);
    }

    @Test
    void givenACrowdThatHasGone_whenOthersCome_thenTheCrowdsFilledUpBucketsAreForgotten() {
        RequestBudgets budgets = new RequestBudgets(10, Duration.ofHours(1), clock, 1_000);
        for (int visitor = 0; visitor < 1_000; visitor++) {
            budgets.take("crowd-" + visitor);
        }
        clock.advance(Duration.ofMinutes(6));

        for (int request = 0; request < 1_000; request++) {
            budgets.take("regular-" + request % 10);
        }

        assertThat(budgets.callers()).isEqualTo(10);
    }

    @Test
    void givenAVisitorWhoHasSpentTheirBudget_whenACrowdPassesWithinCapacity_thenTheyAreStillHeldToIt() {
        RequestBudgets budgets = new RequestBudgets(2, Duration.ofHours(1), clock, 1_000);
        budgets.take("abuser");
        budgets.take("abuser");

        for (int visitor = 0; visitor < 900; visitor++) {
            budgets.take("visitor-" + visitor);
        }

        assertThat(budgets.take("abuser")).isPresent();
    }
}

package com.complaintbook.intake.publishing.adapters.out.kafka;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** When intake stops taking traffic, and when it asks to be restarted, for what its publisher does. */
class PublicationHealthTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Duration MAX_LAG = Duration.ofMinutes(2);
    private static final Duration STALE_AFTER = Duration.ofSeconds(15);
    private static final Duration STUCK_AFTER = Duration.ofMinutes(5);

    @Test
    void givenAPublisherThatKeepsUp_thenReadyAndAlive() {
        PublicationMonitor.Status keepingUp = status(true, 3, Duration.ofSeconds(1), true, false, NOW);

        assertThat(readiness(keepingUp, true)).isEqualTo(Status.UP);
        assertThat(liveness(keepingUp)).isEqualTo(Status.UP);
    }

    @Test
    void givenThePublisherStoppedOnThisInstance_thenNotReady() {
        assertThat(readiness(status(true, 0, Duration.ZERO, false, false, NOW), false)).isEqualTo(Status.DOWN);
    }

    @Test
    void givenTheOldestUnpublishedEventWaitedLongerThanTheBound_thenNotReady() {
        PublicationMonitor.Status lagging = status(true, 500, MAX_LAG.plusSeconds(1), true, true, NOW);

        assertThat(readiness(lagging, true)).isEqualTo(Status.DOWN);
        assertThat(readiness(status(true, 500, MAX_LAG, true, true, NOW), true)).isEqualTo(Status.UP);
    }

    @Test
    void givenThePositionCouldNotBeReadForAWhile_thenNotReady() {
        PublicationMonitor.Status stale = new PublicationMonitor.Status(NOW.minus(STALE_AFTER).minusSeconds(1), false,
                0, Duration.ZERO, false, false, 10, NOW.minus(STALE_AFTER));

        assertThat(readiness(stale, true)).isEqualTo(Status.DOWN);
    }

    @Test
    void givenTheClaimHolderHasNotMovedWhileEventsWait_thenDeadSoThatItIsRestarted() {
        PublicationMonitor.Status stuck = status(true, 40, Duration.ofMinutes(6), true, false,
                NOW.minus(STUCK_AFTER).minusSeconds(1));

        assertThat(liveness(stuck)).isEqualTo(Status.DOWN);
    }

    @Test
    void givenTheClaimHolderIsWaitingOutAnUnreachableBroker_thenAliveForARestartWouldNotHelp() {
        PublicationMonitor.Status waiting = status(true, 40, Duration.ofMinutes(6), true, true, NOW.minus(Duration.ofMinutes(6)));

        assertThat(liveness(waiting)).isEqualTo(Status.UP);
    }

    @Test
    void givenAnotherInstanceHoldsTheClaim_thenThisOneIsAliveWhateverTheLag() {
        PublicationMonitor.Status notMine = status(true, 40, Duration.ofMinutes(6), false, false, NOW.minus(Duration.ofMinutes(6)));

        assertThat(liveness(notMine)).isEqualTo(Status.UP);
    }

    @Test
    void givenTheStoreCannotBeRead_thenAliveForTheDatabaseOutageIsWaitedOut() {
        PublicationMonitor.Status unreadable = new PublicationMonitor.Status(NOW.minus(Duration.ofMinutes(10)), false,
                40, Duration.ofMinutes(10), true, false, 10, NOW.minus(Duration.ofMinutes(10)));

        assertThat(liveness(unreadable)).isEqualTo(Status.UP);
    }

    private static PublicationMonitor.Status status(boolean readable, long behind, Duration oldest, boolean claimedHere,
                                                    boolean failingHere, Instant progressAt) {
        return new PublicationMonitor.Status(NOW, readable, behind, oldest, claimedHere, failingHere, 10, progressAt);
    }

    private static Status readiness(PublicationMonitor.Status status, boolean runningHere) {
        return new PublicationHealthIndicator(() -> status, () -> runningHere, MAX_LAG, STALE_AFTER, CLOCK).health().getStatus();
    }

    private static Status liveness(PublicationMonitor.Status status) {
        return new PublisherLivenessIndicator(() -> status, STUCK_AFTER, CLOCK).health().getStatus();
    }
}

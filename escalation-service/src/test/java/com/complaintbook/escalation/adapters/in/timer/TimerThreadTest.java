package com.complaintbook.escalation.adapters.in.timer;

import com.complaintbook.escalation.application.CommandPublisher;
import com.complaintbook.escalation.application.EscalationMetrics;
import com.complaintbook.escalation.application.TimerScheduler;
import com.complaintbook.escalation.application.TimerStore;
import com.complaintbook.escalation.domain.DueTimer;
import com.complaintbook.escalation.domain.Firing;
import com.complaintbook.escalation.domain.NextAction;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The scheduling thread outlives what a tick throws and a stray interrupt, and readiness says when it
 * is dead or stuck: a thread that ends silently fires no timer again.
 */
class TimerThreadTest {

    private static final TimerScheduler.Settings SETTINGS = new TimerScheduler.Settings(Duration.ofSeconds(1),
            Duration.ofMillis(100), Duration.ofMillis(100), Duration.ofSeconds(30), 500, Duration.ofMillis(20), Duration.ofMillis(20));
    private static final Duration BOUND = Duration.ofSeconds(47);

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final AtomicInteger loads = new AtomicInteger();
    private volatile Supplier<List<DueTimer>> due = List::of;
    private volatile Runnable onPublish = () -> { };
    private TimerThread thread;

    @AfterEach
    void stop() {
        if (thread != null) {
            thread.stop();
        }
    }

    @Test
    void givenATickThrowsAnError_thenTheThreadTicksOnAndTimersReportFailingUntilItPasses() {
        TimerScheduler scheduler = scheduler(Clock.systemUTC());
        due = () -> {
            throw new NoClassDefFoundError("com/example/Missing");
        };
        start(scheduler);
        TimersHealthIndicator health = new TimersHealthIndicator(scheduler, thread::isAlive, BOUND);

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.health().getDetails()).containsEntry("error", "NoClassDefFoundError");
            assertThat(meters.get("complaintbook.escalation.timers.failing").gauge().value()).isEqualTo(1.0);
        });
        assertThat(thread.isAlive()).isTrue();

        due = List::of;
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);
            assertThat(meters.get("complaintbook.escalation.timers.failing").gauge().value()).isZero();
        });
    }

    @Test
    void givenTheThreadDiesOfAVirtualMachineError_thenTimersAreDown() {
        TimerScheduler scheduler = scheduler(Clock.systemUTC());
        due = () -> {
            throw new StackOverflowError();
        };
        start(scheduler);
        TimersHealthIndicator health = new TimersHealthIndicator(scheduler, thread::isAlive, BOUND);

        await().atMost(Duration.ofSeconds(5)).until(() -> !thread.isAlive());

        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.health().getDetails()).containsEntry("thread", "not running");
    }

    @Test
    void givenAWaitInsideTheTickIsInterrupted_thenTheThreadGoesOnTicking() {
        TimerScheduler scheduler = scheduler(Clock.systemUTC());
        Instant past = Instant.now().minusSeconds(5);
        due = () -> loads.get() == 1
                ? List.of(new DueTimer("c-1", 0, 1, 0, NextAction.breachAt(past), null)) : List.of();
        AtomicInteger published = new AtomicInteger();
        // As KafkaCommandPublisher does when its wait for the acknowledgements is interrupted.
        onPublish = () -> {
            published.incrementAndGet();
            Thread.currentThread().interrupt();
        };
        start(scheduler);

        await().atMost(Duration.ofSeconds(5)).until(() -> published.get() == 1);
        int loadsAfterInterrupt = loads.get();

        await().atMost(Duration.ofSeconds(5)).until(() -> loads.get() > loadsAfterInterrupt + 3);
        assertThat(thread.isAlive()).isTrue();
    }

    @Test
    void givenTheHeartbeatIsOlderThanTheBound_thenTimersAreDownAsStuck() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-20T09:00:00Z"));
        TimerScheduler scheduler = scheduler(clock);
        scheduler.tick();
        TimersHealthIndicator health = new TimersHealthIndicator(scheduler, () -> true, BOUND);

        clock.now = clock.now.plus(BOUND);
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        assertThat(meters.get("complaintbook.escalation.timers.heartbeat.age").gauge().value()).isEqualTo(47.0);

        clock.now = clock.now.plusSeconds(1);
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.health().getDetails()).containsEntry("thread", "stuck");

        scheduler.tick();
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }

    private void start(TimerScheduler scheduler) {
        thread = new TimerThread(scheduler, Duration.ofMillis(50), Duration.ofSeconds(5));
        scheduler.assigned(List.of(0));
        thread.start();
    }

    private TimerScheduler scheduler(Clock clock) {
        TimerStore store = new TimerStore() {
            @Override
            public void due(Collection<Integer> partitions, Instant from, Instant before, String instanceId,
                            Consumer<List<DueTimer>> chunk) {
                loads.incrementAndGet();
                chunk.accept(due.get());
            }

            @Override
            public List<DueTimer> timers(Collection<String> complaintIds, String instanceId) {
                return List.of();
            }

            @Override
            public Claim claim(Collection<DueTimer> timers, String instanceId, Instant now, Instant until) {
                return new Claim("claim", List.copyOf(timers));
            }

            @Override
            public void mark(String claimId, Collection<Firing> fired) {
            }

            @Override
            public long countOpen() {
                return 0;
            }
        };
        CommandPublisher publisher = firings -> {
            onPublish.run();
            return new CommandPublisher.Published(List.copyOf(firings), null);
        };
        return new TimerScheduler(store, publisher, new EscalationMetrics(meters), clock, "instance-a", SETTINGS);
    }

    private static final class MutableClock extends Clock {

        private volatile Instant now;

        private MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}

package com.complaintbook.escalation.adapters.in.timer;

import com.complaintbook.escalation.application.TimerScheduler;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * DOWN while due timers cannot be acted on: MongoDB or the broker away (they are kept and retried),
 * the scheduling thread dead, or its heartbeat older than the longest a healthy tick and sleep can
 * take (the thread is stuck). The instance should not be counted on meanwhile.
 */
public class TimersHealthIndicator implements HealthIndicator {

    private final TimerScheduler scheduler;
    private final BooleanSupplier threadAlive;
    private final Duration heartbeatBound;

    /**
     * @param threadAlive    whether the scheduling thread is alive
     * @param heartbeatBound the oldest heartbeat a ticking thread can have: its longest sleep and the
     *                       worst case of one tick
     */
    public TimersHealthIndicator(TimerScheduler scheduler, BooleanSupplier threadAlive, Duration heartbeatBound) {
        this.scheduler = scheduler;
        this.threadAlive = threadAlive;
        this.heartbeatBound = heartbeatBound;
    }

    @Override
    public Health health() {
        Duration heartbeatAge = scheduler.heartbeatAge();
        if (!threadAlive.getAsBoolean()) {
            return Health.down().withDetail("thread", "not running")
                    .withDetail("heartbeatAge", heartbeatAge.toString()).build();
        }
        if (heartbeatAge.compareTo(heartbeatBound) > 0) {
            return Health.down().withDetail("thread", "stuck")
                    .withDetail("heartbeatAge", heartbeatAge.toString())
                    .withDetail("heartbeatBound", heartbeatBound.toString()).build();
        }
        return scheduler.failure()
                .map(failure -> Health.down()
                        .withDetail("failingSince", failure.since().toString())
                        .withDetail("attempts", failure.attempts())
                        .withDetail("error", failure.cause().getClass().getSimpleName())
                        .build())
                .orElseGet(() -> Health.up().withDetail("scheduled", scheduler.scheduled()).build());
    }
}

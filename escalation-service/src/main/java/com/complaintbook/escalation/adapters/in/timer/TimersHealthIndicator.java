package com.complaintbook.escalation.adapters.in.timer;

import com.complaintbook.escalation.application.TimerScheduler;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * DOWN while due timers cannot be acted on (MongoDB or the broker away): they are kept and retried,
 * and the instance should not be counted on meanwhile.
 */
public class TimersHealthIndicator implements HealthIndicator {

    private final TimerScheduler scheduler;

    public TimersHealthIndicator(TimerScheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public Health health() {
        return scheduler.failure()
                .map(failure -> Health.down()
                        .withDetail("failingSince", failure.since().toString())
                        .withDetail("attempts", failure.attempts())
                        .withDetail("error", failure.cause().getClass().getSimpleName())
                        .build())
                .orElseGet(() -> Health.up().withDetail("scheduled", scheduler.scheduled()).build());
    }
}

package com.complaintbook.escalation.adapters.in.timer;

import com.complaintbook.escalation.application.TimerScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;

/**
 * The one thread that acts on due timers: it ticks the scheduler and sleeps until the next timer is
 * due, woken early when an earlier one arrives. The sleep is capped, so a clock that jumps (a test's,
 * or the host's) is noticed within the cap.
 */
public class TimerThread implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TimerThread.class);

    private final TimerScheduler scheduler;
    private final Duration maxSleep;
    private volatile boolean running;
    private Thread thread;

    /** @param maxSleep the longest sleep between two ticks */
    public TimerThread(TimerScheduler scheduler, Duration maxSleep) {
        this.scheduler = scheduler;
        this.maxSleep = maxSleep;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::run, "escalation-timers");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        while (running) {
            Duration wait;
            try {
                wait = scheduler.tick();
            } catch (RuntimeException unexpected) {
                // tick() handles the failures of the store and the broker itself; this is a bug, and the
                // thread must outlive it, or no timer would ever fire again.
                log.error("Timer scheduler failed unexpectedly; ticking on", unexpected);
                wait = maxSleep;
            }
            if (!scheduler.awaitWork(wait.compareTo(maxSleep) < 0 ? wait : maxSleep)) {
                return;
            }
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            scheduler.wakeUp();
            try {
                thread.join(Duration.ofSeconds(15).toMillis());
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}

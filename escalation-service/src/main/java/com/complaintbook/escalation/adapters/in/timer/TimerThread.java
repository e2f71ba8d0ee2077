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
 *
 * <p>Nothing but {@link #stop()} ends it: no timer would fire again, and nothing would say so but the
 * heartbeat. A failure tick() does not handle is logged and reported as firing failing; only a
 * {@link VirtualMachineError} (out of memory, a stack overflow) is let through, because the JVM is not
 * to be trusted after one, and then {@link #isAlive()} turns false and readiness goes DOWN. An
 * interrupt that is not a stop (the publisher re-sets the flag when its wait is interrupted) is
 * cleared and the loop goes on.
 */
public class TimerThread implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TimerThread.class);

    private final TimerScheduler scheduler;
    private final Duration maxSleep;
    private final Duration stopTimeout;
    private volatile boolean running;
    private volatile Thread thread;

    /**
     * @param maxSleep    the longest sleep between two ticks
     * @param stopTimeout how long a stop waits for the batch in hand: at least a tick's worst case, so
     *                    that its commands are marked before the consumer leaves the group
     */
    public TimerThread(TimerScheduler scheduler, Duration maxSleep, Duration stopTimeout) {
        this.scheduler = scheduler;
        this.maxSleep = maxSleep;
        this.stopTimeout = stopTimeout;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::run, "escalation-timers");
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler((dead, fatal) -> log.error(
                "Timer thread died; no timer fires on this instance until it is restarted (readiness timers DOWN)",
                fatal));
        thread.start();
    }

    private void run() {
        while (running) {
            Duration wait;
            try {
                wait = scheduler.tick();
            } catch (Throwable unexpected) {
                // tick() handles the failures of the store and the broker itself; this is a bug or an
                // Error, and the thread must outlive it, or no timer would ever fire again.
                log.error("Timer scheduler failed unexpectedly; ticking on", unexpected);
                scheduler.failedUnexpectedly(unexpected);
                if (unexpected instanceof VirtualMachineError fatal) {
                    throw fatal;
                }
                wait = maxSleep;
            }
            if (!scheduler.awaitWork(wait.compareTo(maxSleep) < 0 ? wait : maxSleep) && running) {
                // Not a stop: an interrupt left over from a wait inside the tick. Cleared, or every later
                // wait would end at once and the thread would spin.
                Thread.interrupted();
            }
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        Thread stopping = thread;
        if (stopping != null) {
            scheduler.wakeUp();
            try {
                stopping.join(stopTimeout.toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            if (stopping.isAlive()) {
                log.atWarn().addKeyValue("waited", stopTimeout)
                        .log("Timer thread still busy at stop; a command it sent may go out again after the lease");
            }
            thread = null;
        }
    }

    /** Whether the thread ticks: started, not stopped, and not dead. */
    public boolean isAlive() {
        Thread ticking = thread;
        return running && ticking != null && ticking.isAlive();
    }

    @Override
    public boolean isRunning() {
        return isAlive();
    }
}

package com.complaintbook.localsystem.benchmark;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * When a load ends: each client asks before every request. A time-bounded load lets requests start
 * until its time is up (those in flight are answered and counted); a count-bounded one hands out
 * exactly its count. Either can be stopped early, on Ctrl-C.
 */
final class RequestAllowance {

    private final long deadlineNanos;
    private final AtomicLong remaining;
    private volatile boolean stopped;

    private RequestAllowance(long deadlineNanos, long count) {
        this.deadlineNanos = deadlineNanos;
        this.remaining = new AtomicLong(count);
    }

    static RequestAllowance forDuration(Duration duration) {
        return new RequestAllowance(System.nanoTime() + duration.toNanos(), Long.MAX_VALUE);
    }

    static RequestAllowance forCount(long count) {
        return new RequestAllowance(Long.MAX_VALUE, count);
    }

    boolean take() {
        if (stopped) {
            return false;
        }
        if (deadlineNanos != Long.MAX_VALUE && System.nanoTime() - deadlineNanos >= 0) {
            return false;
        }
        return remaining.getAndDecrement() > 0;
    }

    void stop() {
        stopped = true;
    }
}

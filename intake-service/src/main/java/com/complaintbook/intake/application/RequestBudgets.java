package com.complaintbook.intake.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Token buckets, one per caller key: {@code burst} requests at once, earned back evenly over
 * {@code period}. Buckets that have filled up again are forgotten (at most once a period, so a
 * crowd of callers costs no repeated scans), and memory follows the recently active callers.
 */
public final class RequestBudgets {

    private static final int FORGET_ABOVE = 10_000;

    private final int burst;
    private final Duration period;
    private final Clock clock;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private volatile Instant nextSweep = Instant.MIN;

    public RequestBudgets(int burst, Duration period, Clock clock) {
        this.burst = burst;
        this.period = period;
        this.clock = clock;
    }

    /** Takes one request from the caller's budget; empty if allowed, else how long to wait. */
    public Optional<Duration> take(String caller) {
        Instant now = clock.instant();
        if (buckets.size() > FORGET_ABOVE && now.isAfter(nextSweep)) {
            nextSweep = now.plus(period);
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        return buckets.computeIfAbsent(caller, key -> new Bucket(now)).take(now);
    }

    private final class Bucket {

        private double tokens = burst;
        private Instant updated;

        private Bucket(Instant now) {
            this.updated = now;
        }

        synchronized Optional<Duration> take(Instant now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return Optional.empty();
            }
            double nanosPerToken = (double) period.toNanos() / burst;
            long wait = (long) Math.ceil((1 - tokens) * nanosPerToken);
            return Optional.of(Duration.ofNanos(wait));
        }

        synchronized boolean isFull(Instant now) {
            refill(now);
            return tokens >= burst;
        }

        private void refill(Instant now) {
            long elapsed = Duration.between(updated, now).toNanos();
            if (elapsed > 0) {
                tokens = Math.min(burst, tokens + (double) elapsed * burst / period.toNanos());
                updated = now;
            }
        }
    }
}

package com.complaintbook.intake.web.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Token buckets, one per caller key: {@code burst} requests at once, earned back evenly over
 * {@code period}. Memory follows the recently active callers and never exceeds {@code capacity}
 * buckets, however many callers come: each request forgets the least recently used buckets as long as
 * they have filled up again, and beyond capacity the least recently used bucket goes even if it has
 * not. That caller then starts afresh, which only a crowd of more than {@code capacity} callers
 * within a period can bring about.
 */
public final class RequestBudgets {

    /** About 15 MB of buckets: more callers than one intake instance sees in a period. */
    private static final int DEFAULT_CAPACITY = 100_000;

    /** More than one, so that forgetting outpaces the one bucket a request may add. */
    private static final int FORGET_PER_REQUEST = 2;

    private final int burst;
    private final Duration period;
    private final Clock clock;
    private final Map<String, Bucket> buckets;

    public RequestBudgets(int burst, Duration period, Clock clock) {
        this(burst, period, clock, DEFAULT_CAPACITY);
    }

    public RequestBudgets(int burst, Duration period, Clock clock, int capacity) {
        this.burst = burst;
        this.period = period;
        this.clock = clock;
        this.buckets = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Takes one request from the caller's budget; empty if allowed, else how long to wait. */
    public Optional<Duration> take(String caller) {
        Instant now = clock.instant();
        synchronized (buckets) {
            forgetFilledUp(now);
            return buckets.computeIfAbsent(caller, key -> new Bucket(now)).take(now);
        }
    }

    /** How many callers are remembered. */
    public int callers() {
        synchronized (buckets) {
            return buckets.size();
        }
    }

    private void forgetFilledUp(Instant now) {
        Iterator<Bucket> leastRecentlyUsed = buckets.values().iterator();
        for (int i = 0; i < FORGET_PER_REQUEST && leastRecentlyUsed.hasNext(); i++) {
            if (!leastRecentlyUsed.next().isFull(now)) {
                return;
            }
            leastRecentlyUsed.remove();
        }
    }

    private final class Bucket {

        private double tokens = burst;
        private Instant updated;

        private Bucket(Instant now) {
            this.updated = now;
        }

        Optional<Duration> take(Instant now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return Optional.empty();
            }
            double nanosPerToken = (double) period.toNanos() / burst;
            long wait = (long) Math.ceil((1 - tokens) * nanosPerToken);
            return Optional.of(Duration.ofNanos(wait));
        }

        boolean isFull(Instant now) {
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

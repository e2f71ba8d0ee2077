package com.complaintbook.kit.kafka.redrive;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The gauge {@value #DEPTH} tagged {@code topic}: records parked on each dead-letter topic of the
 * service and not re-driven yet. Computed every {@code interval} on a thread of its own (it reads the
 * ledger and asks the broker for offsets, too much for every scrape); between two computations, and
 * while the broker does not answer, the gauge shows the last value.
 */
public final class DeadLetterDepthGauge implements SmartLifecycle {

    public static final String DEPTH = "complaintbook.dead-letters.depth";

    private static final Logger log = LoggerFactory.getLogger(DeadLetterDepthGauge.class);

    private final DeadLetterRedrive deadLetters;
    private final MeterRegistry meters;
    private final Duration interval;
    private final Map<String, AtomicLong> depths = new ConcurrentHashMap<>();
    private ScheduledExecutorService scheduler;

    public DeadLetterDepthGauge(DeadLetterRedrive deadLetters, MeterRegistry meters, Duration interval) {
        this.deadLetters = deadLetters;
        this.meters = meters;
        this.interval = interval;
    }

    /** Computes every topic's depth now; false (and the last values kept) when the broker did not answer. */
    public boolean refresh() {
        try {
            deadLetters.depths().forEach((topic, depth) -> depths.computeIfAbsent(topic, this::register).set(depth));
            return true;
        } catch (RuntimeException failure) {
            if (!Thread.currentThread().isInterrupted()) {
                log.warn("Could not compute the depth of the dead-letter topics: {}", failure.getMessage());
            }
            return false;
        }
    }

    private AtomicLong register(String topic) {
        AtomicLong depth = new AtomicLong();
        Gauge.builder(DEPTH, depth, AtomicLong::get)
                .description("Records parked on a dead-letter topic and not re-driven yet")
                .tag("topic", topic)
                .register(meters);
        return depth;
    }

    @Override
    public synchronized void start() {
        if (scheduler == null) {
            scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "dead-letter-depth");
                thread.setDaemon(true);
                return thread;
            });
            scheduler.scheduleWithFixedDelay(this::refresh, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}

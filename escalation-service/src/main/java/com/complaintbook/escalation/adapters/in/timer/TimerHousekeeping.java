package com.complaintbook.escalation.adapters.in.timer;

import com.complaintbook.escalation.application.EscalationMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * What is periodic but not firing, on a thread of its own so that neither its slowness nor its failure
 * holds a timer back: the count of open deadlines for its gauge, and creating the stores' indexes until
 * it has succeeded (MongoDB may be away at start-up; without them the loader's and listings' queries
 * scan).
 */
public class TimerHousekeeping implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TimerHousekeeping.class);

    private final List<BooleanSupplier> indexesToCreate;
    private final LongSupplier countOpen;
    private final EscalationMetrics metrics;
    private final Duration interval;
    private ScheduledExecutorService executor;

    /**
     * @param indexes   each creates a store's indexes, true once they exist
     * @param countOpen counts the open deadlines
     * @param interval  how often both run
     */
    public TimerHousekeeping(List<BooleanSupplier> indexes, LongSupplier countOpen, EscalationMetrics metrics,
                             Duration interval) {
        this.indexesToCreate = new CopyOnWriteArrayList<>(indexes);
        this.countOpen = countOpen;
        this.metrics = metrics;
        this.interval = interval;
        metrics.indexesMissing(indexesToCreate::size);
    }

    /** Once, before anything reads the stores: they start with their indexes when MongoDB is there. */
    public void createIndexes() {
        indexesToCreate.removeIf(BooleanSupplier::getAsBoolean);
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "escalation-housekeeping");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::run, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void run() {
        try {
            createIndexes();
            metrics.openDeadlines(countOpen.getAsLong());
        } catch (RuntimeException failed) {
            // The stores' outages are the firing's and the consumers' to report; the gauge keeps its
            // last count until the next attempt.
            log.atWarn().addKeyValue("error", failed.toString()).log("Open deadlines could not be counted");
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}

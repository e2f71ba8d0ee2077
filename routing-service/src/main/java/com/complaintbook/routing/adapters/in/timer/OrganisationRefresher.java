package com.complaintbook.routing.adapters.in.timer;

import com.complaintbook.routing.adapters.in.kafka.ComplaintEventsGate;
import com.complaintbook.routing.application.CataloguePublisher;
import com.complaintbook.routing.application.OrganisationHistory;
import com.complaintbook.routing.application.OrganisationImport;
import com.complaintbook.routing.application.RoutingMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Every {@code interval} (and at once on start and after an import): creates the store's indexes until
 * they exist, reads the organisation's new versions, records any change event a crashed import left out
 * (looked for only when new versions appeared), opens the event listener once there is an
 * organisation, and publishes what changed in the catalogue. One thread, so ticks never overlap; a
 * failing tick (MongoDB or the broker away) is logged and the next one tries again.
 */
public class OrganisationRefresher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OrganisationRefresher.class);

    private final OrganisationHistory organisations;
    private final OrganisationImport imports;
    private final ComplaintEventsGate gate;
    private final CataloguePublisher catalogue;
    private final Duration interval;
    private final BooleanSupplier createIndexes;
    private final RoutingMetrics metrics;
    private volatile boolean indexed;
    private ScheduledExecutorService executor;

    /**
     * @param createIndexes creates the store's indexes, answering whether they exist now; tried at each
     *                      tick until they do (they are for speed only, so MongoDB away at start must
     *                      not stop the service)
     */
    public OrganisationRefresher(OrganisationHistory organisations, OrganisationImport imports,
                                 ComplaintEventsGate gate, CataloguePublisher catalogue, Duration interval,
                                 BooleanSupplier createIndexes, RoutingMetrics metrics) {
        this.createIndexes = createIndexes;
        this.metrics = metrics;
        this.organisations = organisations;
        this.imports = imports;
        this.gate = gate;
        this.catalogue = catalogue;
        this.interval = interval;
        metrics.indexesMissing(() -> !indexed);
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "organisation-refresher");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::tick, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs a tick as soon as the thread is free: after an import, so the catalogue follows at once. */
    public synchronized void tickSoon() {
        if (executor != null) {
            executor.execute(this::tick);
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

    /** After the listener containers, so the gate can start one. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE;
    }

    /**
     * A tick never lets anything out: an exception escaping a task scheduled with a fixed delay cancels
     * every later run, silently, and the organisation and catalogue would stand still from then on.
     */
    void tick() {
        try {
            refresh();
        } catch (RuntimeException | LinkageError failed) {
            metrics.refreshFailed();
            log.atError().setCause(failed)
                    .log("The organisation refresh failed unexpectedly; trying again at the next tick");
        }
    }

    private void refresh() {
        if (!indexed) {
            try {
                indexed = createIndexes.getAsBoolean();
            } catch (RuntimeException failed) {
                log.atWarn().addKeyValue("error", failed.toString())
                        .log("Could not create the store's indexes; trying again at the next tick");
            }
        }
        try {
            if (organisations.reload()) {
                imports.recordMissingChanges();
            }
            gate.openIfOrganised();
        } catch (RuntimeException failed) {
            metrics.refreshFailed();
            log.atWarn().addKeyValue("error", failed.toString())
                    .log("Could not read the organisation's versions; trying again at the next tick");
            return;
        }
        try {
            catalogue.publish();
        } catch (RuntimeException failed) {
            log.atWarn().addKeyValue("error", failed.toString())
                    .log("Could not publish the catalogue; trying again at the next tick");
        }
    }
}

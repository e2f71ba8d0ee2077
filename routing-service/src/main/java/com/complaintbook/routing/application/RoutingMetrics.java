package com.complaintbook.routing.application;

import com.complaintbook.contracts.events.ComplaintEventType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.Arrays;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/** What routing counts, for dashboards and alerts. */
public class RoutingMetrics {

    private static final Set<String> KNOWN_TYPES = Arrays.stream(ComplaintEventType.values())
            .map(ComplaintEventType::logicalName).collect(Collectors.toUnmodifiableSet());

    private final MeterRegistry registry;
    private final Counter decisionsResent;
    private final Counter importsAccepted;
    private final Counter importsRefused;
    private final Counter cataloguePublished;
    private final Counter catalogueFailures;
    private final Counter versionsUnreadable;
    private final Counter refreshFailures;

    public RoutingMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.decisionsResent = Counter.builder("complaintbook.routing.decisions.resent")
                .description("Events delivered again whose kept decision was sent again unchanged")
                .register(registry);
        this.importsAccepted = Counter.builder("complaintbook.routing.organisation.imports")
                .description("Organisation imports").tag("outcome", "accepted").register(registry);
        this.importsRefused = Counter.builder("complaintbook.routing.organisation.imports")
                .description("Organisation imports").tag("outcome", "refused").register(registry);
        this.cataloguePublished = Counter.builder("complaintbook.routing.catalogue.published")
                .description("Catalogue records (entries, tombstones, version markers) acknowledged by the broker")
                .register(registry);
        this.catalogueFailures = Counter.builder("complaintbook.routing.catalogue.failures")
                .description("Catalogue publications that failed and wait for the next tick")
                .register(registry);
        this.versionsUnreadable = Counter.builder("complaintbook.routing.organisation.versions.unreadable")
                .description("Stored organisation versions skipped because this release cannot read them")
                .register(registry);
        this.refreshFailures = Counter.builder("complaintbook.routing.organisation.refresh.failures")
                .description("Organisation refresh ticks that failed and wait for the next tick")
                .register(registry);
    }

    /** The organisation version in force, read at each scrape; 0 while there is none. */
    public <T> void organisationVersion(T source, ToDoubleFunction<T> version) {
        Gauge.builder("complaintbook.routing.organisation.version", source, version)
                .description("The organisation version in force now; 0 while none was imported")
                .register(registry);
    }

    /** Whether the store's indexes are still to be created, read at each scrape: 1 while they are, else 0. */
    public void indexesMissing(BooleanSupplier missing) {
        Gauge.builder("complaintbook.routing.indexes.missing", missing, stillMissing -> stillMissing.getAsBoolean() ? 1 : 0)
                .description("1 while the complaints' open-count index could not be created yet, so counts scan")
                // The supplier is a lambda nobody else holds: a weakly held one would be collected, and read NaN.
                .strongReference(true)
                .register(registry);
    }

    /** A new decision was taken (not resent), {@code via} a rule, the default owner, a climb or the top. */
    public void decided(String via) {
        Counter.builder("complaintbook.routing.decisions")
                .description("Routing decisions taken, by how")
                .tag("via", via == null ? "unknown" : via)
                .register(registry)
                .increment();
    }

    public void decisionResent() {
        decisionsResent.increment();
    }

    /** A decision was sent for {@code level}. */
    public void assignmentDecided(int level) {
        Counter.builder("complaintbook.routing.assignments.decided")
                .description("Assignment decisions sent to the Complaint aggregate")
                .tag("level", Integer.toString(level))
                .register(registry)
                .increment();
    }

    /**
     * An event was read and deliberately not acted on.
     *
     * @param type   its logical type name as read from the envelope; a name no contract knows is counted
     *               as {@code other}, since the wire could otherwise grow the tag without bound
     * @param reason {@code unknown-type} for a type or version routing does not know, {@code not-for-routing}
     *               for a known event routing has nothing to decide about
     */
    public void eventSkipped(String type, String reason) {
        Counter.builder("complaintbook.routing.events.skipped")
                .description("Events read but not acted on")
                .tag("type", KNOWN_TYPES.contains(type) ? type : "other")
                .tag("reason", reason)
                .register(registry)
                .increment();
    }

    public void importAccepted() {
        importsAccepted.increment();
    }

    public void importRefused() {
        importsRefused.increment();
    }

    public void cataloguePublished(int records) {
        cataloguePublished.increment(records);
    }

    public void catalogueFailed() {
        catalogueFailures.increment();
    }

    public void versionUnreadable() {
        versionsUnreadable.increment();
    }

    public void refreshFailed() {
        refreshFailures.increment();
    }
}

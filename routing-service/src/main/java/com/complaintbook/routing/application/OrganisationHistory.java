package com.complaintbook.routing.application;

import com.complaintbook.routing.domain.OrganisationVersion;
import com.complaintbook.routing.domain.SlaPolicy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every version of the organisation, held in memory and indexed for routing, so that deciding an event
 * reads nothing from the store. It is loaded again after each import on this instance and
 * periodically, so that versions imported through another replica arrive too.
 */
public class OrganisationHistory {

    private final OrganisationStore store;
    private final Function<OrganisationVersion, SlaPolicy> slaPolicies;
    private volatile List<EffectiveOrganisation> byEffectiveFrom = List.of();

    /**
     * @param slaPolicies the review periods of a version: its business calendars, or calendar-time
     *                    overrides when they are configured
     */
    public OrganisationHistory(OrganisationStore store, Function<OrganisationVersion, SlaPolicy> slaPolicies) {
        this.store = store;
        this.slaPolicies = slaPolicies;
    }

    /** Reads the versions again; those already indexed are kept as they are (a version never changes). */
    public synchronized void reload() {
        Map<Long, EffectiveOrganisation> known = new HashMap<>();
        byEffectiveFrom.forEach(effective -> known.put(effective.stored().version(), effective));
        List<EffectiveOrganisation> loaded = new ArrayList<>();
        for (StoredVersion stored : store.versions()) {
            EffectiveOrganisation effective = known.get(stored.version());
            if (effective == null) {
                OrganisationVersion version = OrganisationVersion.of(stored.version(), stored.organisation());
                effective = new EffectiveOrganisation(stored, version, slaPolicies.apply(version));
            }
            loaded.add(effective);
        }
        loaded.sort(Comparator.comparing((EffectiveOrganisation effective) -> effective.stored().effectiveFrom())
                .thenComparingLong(effective -> effective.stored().version()));
        byEffectiveFrom = List.copyOf(loaded);
    }

    public boolean isEmpty() {
        return byEffectiveFrom.isEmpty();
    }

    /**
     * The version in force at {@code moment}: the one with the latest {@code effectiveFrom} at or before
     * it (the highest number among equals). An event older than every version is decided by the
     * earliest one, so that it is decided at all.
     *
     * @throws NoOrganisationException while there is no version
     */
    public EffectiveOrganisation at(Instant moment) {
        List<EffectiveOrganisation> versions = byEffectiveFrom;
        if (versions.isEmpty()) {
            throw new NoOrganisationException();
        }
        EffectiveOrganisation inForce = versions.get(0);
        for (EffectiveOrganisation candidate : versions) {
            if (candidate.stored().effectiveFrom().isAfter(moment)) {
                break;
            }
            inForce = candidate;
        }
        return inForce;
    }

    /** The version with the highest number, whether or not it is in force yet. */
    public Optional<EffectiveOrganisation> latest() {
        return byEffectiveFrom.stream().max(Comparator.comparingLong(effective -> effective.stored().version()));
    }

    public Optional<EffectiveOrganisation> version(long number) {
        return byEffectiveFrom.stream().filter(effective -> effective.stored().version() == number).findFirst();
    }

    /** Every version, by number. */
    public List<StoredVersion> versions() {
        return byEffectiveFrom.stream().map(EffectiveOrganisation::stored)
                .sorted(Comparator.comparingLong(StoredVersion::version)).toList();
    }
}

package com.complaintbook.routing.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The organisation store in memory, with the same insert-once rules as MongoDB's. */
public class InMemoryOrganisationStore implements OrganisationStore {

    final Map<Long, StoredVersion> versions = new TreeMap<>();
    final Map<Long, OrganisationChange> changes = new TreeMap<>();
    /** Versions another importer takes just before this store's next add of that number. */
    final List<StoredVersion> takenByOthers = new ArrayList<>();

    @Override
    public synchronized List<StoredVersion> versions() {
        return List.copyOf(versions.values());
    }

    /** Versions this release "cannot read": reading them throws as MongoDB's store does. */
    final Set<Long> unreadable = new java.util.HashSet<>();
    /** How many documents were read, to tell a reload that reads only what is new. */
    int documentsRead;
    /** While set, reading anything fails as with MongoDB away. */
    public volatile boolean away;

    @Override
    public synchronized Optional<Long> latestNumber() {
        failIfAway();
        return versions.keySet().stream().max(Long::compare);
    }

    @Override
    public synchronized List<VersionHeader> headersAbove(long after) {
        failIfAway();
        return versions.values().stream().filter(version -> version.version() > after)
                .map(version -> new VersionHeader(version.version(), version.effectiveFrom())).toList();
    }

    @Override
    public synchronized Optional<StoredVersion> version(long number) {
        failIfAway();
        documentsRead++;
        if (unreadable.contains(number)) {
            throw new UnreadableVersionException(number, new IllegalArgumentException("unknown field 'reportTo'"));
        }
        return Optional.ofNullable(versions.get(number));
    }

    @Override
    public synchronized Optional<StoredVersion> latest() {
        return versions.values().stream().max(Comparator.comparingLong(StoredVersion::version));
    }

    @Override
    public synchronized void add(StoredVersion version) {
        if (!takenByOthers.isEmpty()) {
            StoredVersion other = takenByOthers.remove(0);
            versions.put(other.version(), other);
        }
        if (versions.putIfAbsent(version.version(), version) != null) {
            throw new VersionTakenException(version.version(), null);
        }
    }

    @Override
    public synchronized void record(OrganisationChange change) {
        changes.putIfAbsent(change.version(), change);
    }

    @Override
    public synchronized List<OrganisationChange> changes(int limit, Long before) {
        return changes.values().stream().filter(change -> before == null || change.version() < before)
                .sorted(Comparator.comparingLong(OrganisationChange::version).reversed()).limit(limit).toList();
    }

    /** Every recorded change, newest first. */
    public List<OrganisationChange> changes() {
        return changes(Integer.MAX_VALUE, null);
    }

    @Override
    public synchronized Set<Long> recordedChanges() {
        return Set.copyOf(changes.keySet());
    }

    private void failIfAway() {
        if (away) {
            throw new IllegalStateException("the store is away");
        }
    }
}

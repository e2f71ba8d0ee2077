package com.complaintbook.routing.application;

import com.complaintbook.routing.domain.BusinessTimeSlaPolicy;
import com.complaintbook.routing.domain.InvalidOrganisationException;
import com.complaintbook.routing.domain.OrganisationValidation;
import com.complaintbook.routing.domain.OrganisationVersion;
import com.complaintbook.routing.domain.organisation.Organisation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Accepts a new version of the organisation: validated whole, refused whole with every problem named,
 * stored as the next version number, and recorded as an {@link OrganisationChange}. A document whose
 * content is the current version's changes nothing, so the organisation file read at every start and an
 * admin's repeated upload are harmless.
 *
 * <p>Version numbers are taken by insertion: two replicas importing at once race for the same number,
 * and the loser reads again and tries once more before giving up.
 */
public class OrganisationImport {

    private static final Logger log = LoggerFactory.getLogger(OrganisationImport.class);
    private static final int ATTEMPTS = 2;

    private final OrganisationStore store;
    private final OrganisationHistory history;
    private final Clock clock;
    private final RoutingMetrics metrics;
    private final List<Runnable> whenAccepted = new CopyOnWriteArrayList<>();

    public OrganisationImport(OrganisationStore store, OrganisationHistory history, Clock clock,
                              RoutingMetrics metrics) {
        this.store = store;
        this.history = history;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** Runs {@code action} after each accepted version, once the history holds it. */
    public void whenAccepted(Runnable action) {
        whenAccepted.add(action);
    }

    /**
     * @throws InvalidOrganisationException naming every problem; nothing is stored
     * @throws VersionMismatchException     when the request expected another current version
     * @throws ConcurrentImportException    when other imports kept taking the next number
     */
    public ImportResult importDocument(ImportRequest request) {
        List<String> problems = problems(request.document());
        if (!problems.isEmpty()) {
            metrics.importRefused();
            throw new InvalidOrganisationException(problems);
        }
        VersionTakenException lostRace = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<StoredVersion> latest = store.latest();
            Long current = latest.map(StoredVersion::version).orElse(null);
            if (request.expectedVersion() != null && !request.expectedVersion().equals(current)) {
                metrics.importRefused();
                throw new VersionMismatchException(request.expectedVersion(), current);
            }
            if (latest.isPresent() && latest.get().checksum().equals(request.checksum())) {
                return new ImportResult(latest.get().version(), latest.get().effectiveFrom(), false, null,
                        request.dryRun());
            }
            long next = current == null ? 1 : current + 1;
            Instant now = clock.instant();
            Instant effectiveFrom = effectiveFrom(request.document(), now);
            try {
                OrganisationVersion.of(next, request.document().effectiveFrom(effectiveFrom));
            } catch (InvalidOrganisationException refused) {
                metrics.importRefused();
                throw refused;
            }
            OrganisationChange change = OrganisationChanges.between(latest.map(StoredVersion::document).orElse(null),
                    request.document(), next, now, request.by(), effectiveFrom);
            if (request.dryRun()) {
                return new ImportResult(next, effectiveFrom, false, change, true);
            }
            try {
                store.add(new StoredVersion(next, effectiveFrom, now, request.by(), request.source(),
                        request.checksum(), request.document()));
            } catch (VersionTakenException taken) {
                lostRace = taken;
                continue;
            }
            store.record(change);
            metrics.importAccepted();
            log.atInfo()
                    .addKeyValue("version", next)
                    .addKeyValue("effectiveFrom", effectiveFrom)
                    .addKeyValue("source", request.source())
                    .addKeyValue("by", request.by())
                    .log("Organisation version accepted");
            history.reload();
            whenAccepted.forEach(Runnable::run);
            return new ImportResult(next, effectiveFrom, true, change, false);
        }
        metrics.importRefused();
        throw new ConcurrentImportException(lostRace);
    }

    /**
     * Records the change event of every version a process accepted but died before recording, so the
     * history of changes has no holes.
     */
    public void recordMissingChanges() {
        Set<Long> recorded = store.recordedChanges();
        for (VersionHeader header : store.headersAbove(0)) {
            if (recorded.contains(header.version())) {
                continue;
            }
            try {
                StoredVersion version = store.version(header.version()).orElseThrow();
                Organisation before = header.version() == 1 ? null
                        : store.version(header.version() - 1).map(StoredVersion::document).orElse(null);
                store.record(OrganisationChanges.between(before, version.document(), version.version(),
                        version.acceptedAt(), version.acceptedBy(), version.effectiveFrom()));
            } catch (UnreadableVersionException unreadable) {
                log.atWarn().addKeyValue("version", unreadable.version())
                        .log("Cannot record the change of a version around one this release cannot read");
            }
        }
    }

    /** The chart's, stores', groups' and rules' problems, and the calendars' and review periods', each once. */
    private static List<String> problems(Organisation document) {
        Set<String> problems = new LinkedHashSet<>(OrganisationValidation.problems(document));
        problems.addAll(BusinessTimeSlaPolicy.problems(document));
        return List.copyOf(problems);
    }

    /** Never before its acceptance: a version cannot rewrite what was already decided. */
    private static Instant effectiveFrom(Organisation document, Instant now) {
        Instant asked = document.effectiveFrom();
        return asked == null || asked.isBefore(now) ? now : asked;
    }
}

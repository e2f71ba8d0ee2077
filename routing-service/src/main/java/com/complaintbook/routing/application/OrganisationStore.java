package com.complaintbook.routing.application;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Outbound port: the organisation's versions and the events that record each change, in routing's
 * own database. A version is added once and never changed.
 */
public interface OrganisationStore {

    /** Every version, oldest first. */
    List<StoredVersion> versions();

    /** The highest version number, read without any document: cheap enough to ask before every batch. */
    Optional<Long> latestNumber();

    /** Every version numbered above {@code after}, oldest first, without reading their documents. */
    List<VersionHeader> headersAbove(long after);

    /**
     * One version, document read.
     *
     * @throws UnreadableVersionException when this release cannot read what was stored
     */
    Optional<StoredVersion> version(long number);

    Optional<StoredVersion> latest();

    /**
     * Adds a version under its number.
     *
     * @throws VersionTakenException when that number exists already: another import was faster
     */
    void add(StoredVersion version);

    /** Records the event of an accepted change, once per version (recording it again changes nothing). */
    void record(OrganisationChange change);

    /**
     * Recorded changes, newest first, a page at a time.
     *
     * @param limit  at most this many
     * @param before only versions below this one; {@code null} from the newest
     */
    List<OrganisationChange> changes(int limit, Long before);

    /** The versions whose change is recorded; a version without one was accepted by a process that died. */
    Set<Long> recordedChanges();
}

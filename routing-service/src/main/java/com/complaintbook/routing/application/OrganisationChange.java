package com.complaintbook.routing.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The event recorded for every accepted version: what it added, removed and changed, by section
 * ({@code staff}, {@code positions}, {@code stores}, ..., and {@code settings} for the default owner,
 * SLA, default calendar and time zone), each a list of ids.
 *
 * @param version       the version it made
 * @param at            when it was accepted
 * @param by            who imported it
 * @param effectiveFrom from when it routes
 */
public record OrganisationChange(long version, Instant at, String by, Instant effectiveFrom,
                                 Map<String, List<String>> added, Map<String, List<String>> removed,
                                 Map<String, List<String>> changed) {

    /** The type name the event is recorded under. */
    public static final String TYPE = "OrganisationChanged";

    public OrganisationChange {
        added = Map.copyOf(added);
        removed = Map.copyOf(removed);
        changed = Map.copyOf(changed);
    }

    public String type() {
        return TYPE;
    }
}

package com.complaintbook.routing.application;

import java.time.Instant;

/**
 * What an import did.
 *
 * @param version       the version now current: the new one, or the existing one when nothing changed
 *                      (for a dry run, the number it would get)
 * @param effectiveFrom from when it routes
 * @param changed       whether a new version was accepted (a dry run never accepts one)
 * @param changes       what it adds, removes and changes against the version before it
 * @param dryRun        whether it was only validated
 */
public record ImportResult(long version, Instant effectiveFrom, boolean changed, OrganisationChange changes,
                           boolean dryRun) {
}

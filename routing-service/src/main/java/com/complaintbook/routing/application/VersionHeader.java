package com.complaintbook.routing.application;

import java.time.Instant;

/**
 * What deciding which version is in force needs of a stored version, read without its document.
 *
 * @param version       its number
 * @param effectiveFrom from when it routes complaints (clamped to its acceptance)
 */
public record VersionHeader(long version, Instant effectiveFrom) {
}

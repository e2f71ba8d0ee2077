package com.complaintbook.routing.application;

import com.complaintbook.routing.domain.organisation.Organisation;

import java.time.Instant;
import java.util.Objects;

/**
 * One accepted version of the organisation, as kept.
 *
 * @param version       1 for the first, one more for each accepted change
 * @param effectiveFrom from when it routes complaints: the document's own moment, never before
 *                      {@code acceptedAt}
 * @param acceptedAt    when it was accepted
 * @param acceptedBy    the admin who imported it, or the file it was read from
 * @param source        {@code api} or {@code file:<path>}
 * @param checksum      of the document's content, so that importing it again changes nothing
 * @param document      the document as written (its own {@code effectiveFrom} unclamped)
 */
public record StoredVersion(long version, Instant effectiveFrom, Instant acceptedAt, String acceptedBy,
                            String source, String checksum, Organisation document) {

    public StoredVersion {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(acceptedAt, "acceptedAt");
        Objects.requireNonNull(checksum, "checksum");
        Objects.requireNonNull(document, "document");
    }

    /** The document as it routes: effective from the clamped moment. */
    public Organisation organisation() {
        return document.effectiveFrom(effectiveFrom);
    }
}

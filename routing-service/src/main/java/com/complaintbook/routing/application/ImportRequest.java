package com.complaintbook.routing.application;

import com.complaintbook.routing.domain.organisation.Organisation;

/**
 * An organisation document to accept as the next version.
 *
 * @param document        as read
 * @param checksum        of its content, see {@link StoredVersion#checksum()}
 * @param source          {@code api} or {@code file:<path>}
 * @param by              who sends it
 * @param expectedVersion the version the sender based it on ({@code If-Match}); {@code null} for any
 * @param dryRun          validate only, accept nothing
 */
public record ImportRequest(Organisation document, String checksum, String source, String by, Long expectedVersion,
                            boolean dryRun) {
}

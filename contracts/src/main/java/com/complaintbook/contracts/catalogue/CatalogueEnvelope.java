package com.complaintbook.contracts.catalogue;

import java.time.Instant;

/**
 * The value of every record on the catalogue topic.
 *
 * @param type             the entry's type, {@link CatalogueEntryType#logicalName()}
 * @param version          the entry's schema version
 * @param catalogueVersion the organisation version this entry belongs to
 * @param publishedAt      when routing published it
 * @param entry            the store, region, category, staff member or version marker
 * @param <T>              the entry's record type
 */
public record CatalogueEnvelope<T>(String type, int version, long catalogueVersion, Instant publishedAt, T entry) {
}

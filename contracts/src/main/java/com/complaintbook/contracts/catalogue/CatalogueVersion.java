package com.complaintbook.contracts.catalogue;

import java.time.Instant;

/**
 * The marker routing writes after every entry of an organisation version: from here on, the
 * catalogue is that version. The counts and the digest are of the whole version, not of the records
 * just written, so a reader can tell it holds all of it and nothing else: two routing replicas may
 * interleave their records, and equal counts over mixed content are caught by the digest.
 *
 * @param version       the organisation version, increasing with every accepted change
 * @param effectiveFrom when that version took effect
 * @param stores        how many stores it has
 * @param regions       how many regions
 * @param categories    how many categories
 * @param staff         how many employees
 * @param digest        SHA-256, lower-case hex, over the version's entries sorted by key, each adding
 *                      its key, a line feed, the compact JSON of its {@code entry} as published and a
 *                      line feed; contracts/README.md "The catalogue topic, v1" gives the algorithm
 */
public record CatalogueVersion(long version, Instant effectiveFrom, int stores, int regions, int categories, int staff,
                               String digest) {
}

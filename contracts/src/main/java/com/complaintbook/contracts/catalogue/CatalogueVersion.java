package com.complaintbook.contracts.catalogue;

import java.time.Instant;

/**
 * The marker routing writes after every entry of an organisation version: from here on, the
 * catalogue is that version. The counts are of the whole version, not of the records just written,
 * so a reader can tell it holds all of it.
 *
 * @param version       the organisation version, increasing with every accepted change
 * @param effectiveFrom when that version took effect
 * @param stores        how many stores it has
 * @param regions       how many regions
 * @param categories    how many categories
 * @param staff         how many employees
 */
public record CatalogueVersion(long version, Instant effectiveFrom, int stores, int regions, int categories, int staff) {
}

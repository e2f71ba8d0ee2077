/**
 * The catalogue routing publishes on {@link com.complaintbook.contracts.Topics#CATALOGUE}: the stores,
 * regions, categories and staff that other services validate against and show by name.
 *
 * <p>The topic is compacted and has one partition, so its records keep the order routing wrote them
 * in. Each record is keyed {@code <type>/<id>} ({@link CatalogueEntryType#key(String)}) and its value
 * is a {@link CatalogueEnvelope}; an entity removed from the organisation is a tombstone (a null
 * value) under its key. Routing writes a version's entries first and its {@link CatalogueVersion}
 * marker (key {@code version}) last: a reader applies what it has read only when it reaches a marker,
 * and checks the marker's counts, so it never works from half a version.
 */
package com.complaintbook.contracts.catalogue;

package com.complaintbook.contracts.catalogue;

import com.complaintbook.contracts.LocalizedText;

/**
 * A store customers may complain about.
 *
 * @param id       the store's id, the one terminals and submissions name
 * @param name     its display name
 * @param address  its address, as customers know it
 * @param regionId the region it belongs to
 * @param timeZone its IANA time zone, e.g. {@code Europe/Kyiv}
 */
public record CatalogueStore(String id, LocalizedText name, LocalizedText address, String regionId, String timeZone) {
}

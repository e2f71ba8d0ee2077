package com.complaintbook.contracts.catalogue;

import com.complaintbook.contracts.LocalizedText;

/**
 * A group of stores with one manager.
 *
 * @param id         the region's id
 * @param name       its display name
 * @param divisionId the division it belongs to, or {@code null} where the retailer has none
 */
public record CatalogueRegion(String id, LocalizedText name, String divisionId) {
}

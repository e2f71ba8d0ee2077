package com.complaintbook.contracts.catalogue;

import com.complaintbook.contracts.LocalizedText;

/**
 * What a complaint or suggestion may be about.
 *
 * @param id   the category's id, the one submissions name
 * @param name its display name
 */
public record CatalogueCategory(String id, LocalizedText name) {
}

package com.complaintbook.intake.catalogue.adapters.in.web;

import com.complaintbook.contracts.LocalizedText;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * What a customer may choose from when they write: the stores and categories of the organisation
 * version in force, with their names in every language the product writes in.
 *
 * @param version the organisation version these come from
 */
@Schema(name = "Catalogue")
record CatalogueView(long version, List<Store> stores, List<Category> categories) {

    /** @param regionId the region it belongs to, for grouping stores in a list */
    @Schema(name = "CatalogueStore")
    record Store(String id, LocalizedText name, LocalizedText address, String regionId) {
    }

    @Schema(name = "CatalogueCategory")
    record Category(String id, LocalizedText name) {
    }
}

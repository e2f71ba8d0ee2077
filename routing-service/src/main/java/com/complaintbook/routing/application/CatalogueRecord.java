package com.complaintbook.routing.application;

import com.complaintbook.contracts.catalogue.CatalogueEntryType;

/**
 * One record of the catalogue topic.
 *
 * @param type  the entry's type
 * @param key   {@link CatalogueEntryType#key(String)} of the entity
 * @param entry the store, region, category, staff member or version marker; {@code null} for a
 *              tombstone (the entity is gone)
 */
public record CatalogueRecord(CatalogueEntryType type, String key, Object entry) {

    public boolean isTombstone() {
        return entry == null;
    }
}

package com.complaintbook.intake.catalogue.application;

import com.complaintbook.contracts.catalogue.CatalogueCategory;
import com.complaintbook.contracts.catalogue.CatalogueRegion;
import com.complaintbook.contracts.catalogue.CatalogueStaff;
import com.complaintbook.contracts.catalogue.CatalogueStore;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One whole organisation version of the catalogue, as routing published it: never changed once
 * built, replaced whole by the next.
 *
 * @param version       the organisation version
 * @param effectiveFrom when that version took effect
 * @param publishedAt   when routing wrote the version's marker
 */
public record Catalogue(long version, Instant effectiveFrom, Instant publishedAt, Map<String, CatalogueStore> stores,
                        Map<String, CatalogueRegion> regions, Map<String, CatalogueCategory> categories,
                        Map<String, CatalogueStaff> staff) {

    public Catalogue {
        stores = Map.copyOf(stores);
        regions = Map.copyOf(regions);
        categories = Map.copyOf(categories);
        staff = Map.copyOf(staff);
    }

    public Optional<CatalogueStore> store(String id) {
        return Optional.ofNullable(stores.get(id));
    }

    public Optional<CatalogueCategory> category(String id) {
        return Optional.ofNullable(categories.get(id));
    }

    /** Whose complaints this employee may answer now in someone's place; empty for anyone unknown. */
    public List<String> answersFor(String staffId) {
        CatalogueStaff member = staff.get(staffId);
        return member == null ? List.of() : member.answersFor();
    }

    /** The stores by id, for lists offered to customers. */
    public List<CatalogueStore> storesInOrder() {
        return stores.values().stream().sorted(Comparator.comparing(CatalogueStore::id)).toList();
    }

    /** The categories by id. */
    public List<CatalogueCategory> categoriesInOrder() {
        return categories.values().stream().sorted(Comparator.comparing(CatalogueCategory::id)).toList();
    }
}

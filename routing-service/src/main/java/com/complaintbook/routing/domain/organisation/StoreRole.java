package com.complaintbook.routing.domain.organisation;

/** A position named by its relation to the complaint's store rather than by id. */
public enum StoreRole {
    STORE_MANAGER,
    REGION_MANAGER,
    DIVISION_MANAGER
}

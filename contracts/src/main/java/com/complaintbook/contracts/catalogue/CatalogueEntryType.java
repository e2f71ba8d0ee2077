package com.complaintbook.contracts.catalogue;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every entry type on the catalogue topic, its schema version and record, and how its records are
 * keyed. A reader skips a type or version it does not know.
 */
public enum CatalogueEntryType {
    STORE("store", 1, CatalogueStore.class),
    REGION("region", 1, CatalogueRegion.class),
    CATEGORY("category", 1, CatalogueCategory.class),
    STAFF("staff", 1, CatalogueStaff.class),
    VERSION("version", 1, CatalogueVersion.class);

    private static final char KEY_SEPARATOR = '/';

    private final String logicalName;
    private final int version;
    private final Class<?> entryType;

    CatalogueEntryType(String logicalName, int version, Class<?> entryType) {
        this.logicalName = logicalName;
        this.version = version;
        this.entryType = entryType;
    }

    public String logicalName() {
        return logicalName;
    }

    public int version() {
        return version;
    }

    public Class<?> entryType() {
        return entryType;
    }

    /** The record key of the entry with this id: {@code store/kyiv-001}; the marker's key is {@code version}. */
    public String key(String id) {
        return this == VERSION ? logicalName : logicalName + KEY_SEPARATOR + id;
    }

    /** The type a record key names, or empty for a key no type claims. */
    public static Optional<CatalogueEntryType> ofKey(String key) {
        int separator = key.indexOf(KEY_SEPARATOR);
        String prefix = separator < 0 ? key : key.substring(0, separator);
        return Arrays.stream(values())
                .filter(type -> type.logicalName.equals(prefix) && (type == VERSION) == (separator < 0))
                .findFirst();
    }

    /** The entity id in a record key, {@code kyiv-001} for {@code store/kyiv-001}. */
    public static String idOf(String key) {
        int separator = key.indexOf(KEY_SEPARATOR);
        return separator < 0 ? key : key.substring(separator + 1);
    }

    public static Optional<CatalogueEntryType> of(String logicalName, int version) {
        return Arrays.stream(values())
                .filter(type -> type.logicalName.equals(logicalName) && type.version == version)
                .findFirst();
    }
}

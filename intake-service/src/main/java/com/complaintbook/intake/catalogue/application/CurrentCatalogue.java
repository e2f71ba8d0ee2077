package com.complaintbook.intake.catalogue.application;

import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The catalogue intake works from: empty until the reader has read the whole topic and a version with
 * it, then always a whole version, replaced in one step. A request reads it once and works from that
 * one version throughout.
 */
@Component
public class CurrentCatalogue {

    private final AtomicReference<Catalogue> current = new AtomicReference<>();

    /** The whole version in force, or empty before the first one was loaded. */
    public Optional<Catalogue> loaded() {
        return Optional.ofNullable(current.get());
    }

    /** The whole version in force. @throws CatalogueNotLoaded before the first one was loaded */
    public Catalogue require() {
        Catalogue catalogue = current.get();
        if (catalogue == null) {
            throw new CatalogueNotLoaded();
        }
        return catalogue;
    }

    /** Puts a whole version in force. */
    public void replaceWith(Catalogue catalogue) {
        current.set(catalogue);
    }
}

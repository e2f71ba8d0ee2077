package com.complaintbook.localsystem.benchmark;

import java.util.List;

/**
 * Stores and categories of the demo organisation routing loads ({@code demo/organisation.yaml}, whose
 * catalogue intake accepts), and the languages letters are written in. The load varies over all of
 * them, so routing's rules and notification's templates are all exercised; the reference endpoint
 * checks against the same lists.
 */
final class Catalogue {

    static final List<String> STORES = List.of("kyiv-001", "kyiv-002", "lviv-001", "odesa-001", "kharkiv-001",
            "dnipro-001");
    static final List<String> CATEGORIES = List.of("delivery", "product-quality", "pricing", "staff-behaviour",
            "store-cleanliness", "website", "other");
    static final List<String> LANGUAGES = List.of("uk", "en", "ru");

    /** The local run's website key (intake's {@code application-local.yml}). */
    static final String WEBSITE_API_KEY = "local-website";

    private Catalogue() {
    }
}

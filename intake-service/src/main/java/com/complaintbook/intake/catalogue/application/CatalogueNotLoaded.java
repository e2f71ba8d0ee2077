package com.complaintbook.intake.catalogue.application;

/**
 * Intake has not read a whole catalogue yet (it is starting, or routing has published none): a
 * submission cannot be checked, so it is not taken. Answered as 503, to be retried.
 */
public class CatalogueNotLoaded extends RuntimeException {

    public CatalogueNotLoaded() {
        super("The catalogue of stores and categories is still being loaded; retry shortly");
    }
}

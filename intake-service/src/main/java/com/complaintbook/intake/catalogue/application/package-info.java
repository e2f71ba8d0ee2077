/**
 * The catalogue as intake holds it: an immutable {@link com.complaintbook.intake.catalogue.application.Catalogue}
 * per organisation version, built from the topic's records by a
 * {@link com.complaintbook.intake.catalogue.application.CatalogueBuffer} and offered to the rest of
 * intake by {@link com.complaintbook.intake.catalogue.application.CurrentCatalogue} once it is whole.
 */
package com.complaintbook.intake.catalogue.application;

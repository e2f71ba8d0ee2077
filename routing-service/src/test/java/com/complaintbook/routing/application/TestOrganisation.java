package com.complaintbook.routing.application;

import com.complaintbook.routing.adapters.document.DocumentSyntax;
import com.complaintbook.routing.adapters.document.OrganisationDocumentFormat;
import com.complaintbook.routing.domain.organisation.Organisation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The organisation routing's tests run with, {@code src/test/resources/organisation/test-organisation.yaml}. */
public final class TestOrganisation {

    public static final OrganisationDocumentFormat FORMAT = new OrganisationDocumentFormat();

    private TestOrganisation() {
    }

    public static Organisation organisation() {
        try (InputStream in = TestOrganisation.class.getResourceAsStream("/organisation/test-organisation.yaml")) {
            return FORMAT.read(in.readAllBytes(), DocumentSyntax.YAML);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ImportRequest request(Organisation document) {
        return new ImportRequest(document, FORMAT.checksum(document), "api", "admin", null, false);
    }
}

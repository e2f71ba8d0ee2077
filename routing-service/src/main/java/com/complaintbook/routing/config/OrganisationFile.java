package com.complaintbook.routing.config;

import com.complaintbook.routing.adapters.document.DocumentSyntax;
import com.complaintbook.routing.adapters.document.OrganisationDocumentFormat;
import com.complaintbook.routing.adapters.document.UnreadableOrganisationException;
import com.complaintbook.routing.application.ImportRequest;
import com.complaintbook.routing.application.ImportResult;
import com.complaintbook.routing.application.OrganisationImport;
import com.complaintbook.routing.domain.InvalidOrganisationException;
import com.complaintbook.routing.domain.organisation.Organisation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The organisation file named in the configuration, imported at start-up as an admin's import would
 * be, by {@code file:<path>}: unchanged content changes nothing; a file that cannot be read or is not a
 * valid organisation stops the start with every problem listed.
 */
final class OrganisationFile {

    private static final Logger log = LoggerFactory.getLogger(OrganisationFile.class);

    private OrganisationFile() {
    }

    static void importAtStart(Path file, OrganisationDocumentFormat format, OrganisationImport imports) {
        String source = "file:" + file;
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException unreadable) {
            throw new InvalidOrganisationException(List.of("the organisation file " + file + " cannot be read: "
                    + unreadable));
        }
        DocumentSyntax syntax = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")
                ? DocumentSyntax.JSON : DocumentSyntax.YAML;
        Organisation document;
        try {
            document = format.read(bytes, syntax);
        } catch (UnreadableOrganisationException unreadable) {
            throw new InvalidOrganisationException(List.of("the organisation file " + file + " is not an organisation: "
                    + unreadable.getMessage()));
        }
        ImportResult result = imports.importDocument(new ImportRequest(document, format.checksum(document), source,
                source, null, false));
        log.atInfo()
                .addKeyValue("file", file)
                .addKeyValue("version", result.version())
                .addKeyValue("changed", result.changed())
                .log(result.changed() ? "Organisation file imported as a new version"
                        : "Organisation file unchanged since the current version");
    }
}

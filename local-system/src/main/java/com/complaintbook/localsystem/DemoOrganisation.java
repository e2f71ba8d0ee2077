package com.complaintbook.localsystem;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * The demo retailer every local run routes with ({@code demo/organisation.yaml} in this module): 20
 * stores in three regions, their managers, service desks, functional departments, rules and business
 * calendar. Routing reads an organisation from a file the way it would read a mounted ConfigMap in
 * Kubernetes, so the launcher writes the demo into the data folder and names it in routing's
 * environment; nothing organisational is baked into routing's jar.
 */
final class DemoOrganisation {

    /** Where the demo sits on the launcher's classpath. */
    static final String RESOURCE = "/demo/organisation.yaml";
    /** Routing's setting {@code complaintbook.routing.organisation.file}, as an operator sets it. */
    static final String FILE_VARIABLE = "COMPLAINTBOOK_ROUTING_ORGANISATION_FILE";

    private DemoOrganisation() {
    }

    /**
     * Writes the demo into {@code dataDirectory}, replacing the copy an earlier run wrote: the demo
     * follows the code it came with. Routing imports the file at every start and records a new version
     * only when it differs from the latest one.
     */
    static Path writeTo(Path dataDirectory) {
        Path file = dataDirectory.resolve("demo-organisation.yaml");
        try (InputStream demo = DemoOrganisation.class.getResourceAsStream(RESOURCE)) {
            if (demo == null) {
                throw new IllegalStateException("The launcher's classpath lacks " + RESOURCE);
            }
            Files.createDirectories(dataDirectory);
            Files.copy(demo, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the demo organisation to " + file, e);
        }
        return file;
    }

    /** What routing needs in its environment to load {@code file}. */
    static Map<String, String> environment(Path file) {
        return Map.of(FILE_VARIABLE, file.toAbsolutePath().toString());
    }
}

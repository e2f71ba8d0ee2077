package com.complaintbook.localsystem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo organisation as the launcher hands it to routing. */
class DemoOrganisationTest {

    @TempDir
    Path dataDirectory;

    @Test
    void theDemoIsWrittenIntoTheDataFolderAndNamedInRoutingsEnvironment() throws IOException {
        Path file = DemoOrganisation.writeTo(dataDirectory);

        assertThat(file.getParent()).isEqualTo(dataDirectory);
        assertThat(Files.readAllBytes(file)).isEqualTo(demo());
        assertThat(DemoOrganisation.environment(file))
                .containsExactly(Map.entry("COMPLAINTBOOK_ROUTING_ORGANISATION_FILE", file.toAbsolutePath().toString()));
    }

    @Test
    void aCopyLeftByAnEarlierRunIsReplacedByTheDemoThisCodeCameWith() throws IOException {
        Files.writeString(dataDirectory.resolve("demo-organisation.yaml"), "stores: []\n");

        Path file = DemoOrganisation.writeTo(dataDirectory);

        assertThat(Files.readAllBytes(file)).isEqualTo(demo());
    }

    private static byte[] demo() throws IOException {
        try (InputStream demo = DemoOrganisation.class.getResourceAsStream(DemoOrganisation.RESOURCE)) {
            return demo.readAllBytes();
        }
    }
}

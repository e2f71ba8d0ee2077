package com.complaintbook.routing.config;

import com.complaintbook.routing.adapters.document.OrganisationDocumentFormat;
import com.complaintbook.routing.application.InMemoryOrganisationStore;
import com.complaintbook.routing.application.OrganisationHistory;
import com.complaintbook.routing.application.OrganisationImport;
import com.complaintbook.routing.application.RoutingMetrics;
import com.complaintbook.routing.domain.BusinessTimeSlaPolicy;
import com.complaintbook.routing.domain.InvalidOrganisationException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The organisation file read at start-up, and the report a bad one stops the start with. */
class OrganisationFileTest {

    private static final Path TEST_ORGANISATION = Path.of("src/test/resources/organisation/test-organisation.yaml");

    private final InMemoryOrganisationStore store = new InMemoryOrganisationStore();
    private final OrganisationHistory history =
            new OrganisationHistory(store, version -> BusinessTimeSlaPolicy.of(version.organisation()));
    private final OrganisationImport imports = new OrganisationImport(store, history,
            Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC), new RoutingMetrics(new SimpleMeterRegistry()));
    private final OrganisationDocumentFormat format = new OrganisationDocumentFormat();

    @Test
    void givenTheFile_whenReadAtEveryStart_thenTheFirstStartImportsItAndTheNextChangeNothing() {
        OrganisationFile.importAtStart(TEST_ORGANISATION, format, imports);
        OrganisationFile.importAtStart(TEST_ORGANISATION, format, imports);

        assertThat(store.versions()).singleElement().satisfies(version -> {
            assertThat(version.source()).isEqualTo("file:" + TEST_ORGANISATION);
            assertThat(version.acceptedBy()).isEqualTo("file:" + TEST_ORGANISATION);
        });
    }

    @Test
    void givenAnInvalidFile_whenReadAtStart_thenTheStartStopsWithEveryProblemListed(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("organisation.yaml");
        Files.writeString(file, Files.readString(TEST_ORGANISATION)
                .replace("holder: e-customer-care, reportsTo: operations-director", "holder: e-customer-care")
                .replace("    manager: kyiv-001-manager\n", ""));

        assertThatThrownBy(() -> OrganisationFile.importAtStart(file, format, imports))
                .isInstanceOfSatisfying(InvalidOrganisationException.class, refused -> {
                    FailureAnalysis analysis = new InvalidOrganisationFailureAnalyzer().analyze(refused, refused);
                    assertThat(analysis.getDescription())
                            .contains("complaintbook.routing.organisation.file")
                            .contains("customer-care-lead")
                            .contains("kyiv-001");
                    assertThat(refused.problems()).hasSizeGreaterThanOrEqualTo(2);
                });
        assertThat(store.versions()).isEmpty();
    }

    @Test
    void givenAFileThatIsNotThere_whenReadAtStart_thenTheStartStopsNamingIt(@TempDir Path folder) {
        Path missing = folder.resolve("organisation.yaml");

        assertThatThrownBy(() -> OrganisationFile.importAtStart(missing, format, imports))
                .isInstanceOfSatisfying(InvalidOrganisationException.class, refused ->
                        assertThat(refused.problems()).singleElement().asString().contains(missing.toString()));
    }

    @Test
    void givenAFileThatIsNotAnOrganisation_whenReadAtStart_thenTheStartStopsSayingWhere(@TempDir Path folder)
            throws IOException {
        Path file = folder.resolve("organisation.json");
        Files.writeString(file, "{\"staff\": [{\"id\": \"a\", \"nmae\": \"typo\"}]}");

        assertThatThrownBy(() -> OrganisationFile.importAtStart(file, format, imports))
                .isInstanceOfSatisfying(InvalidOrganisationException.class, refused ->
                        assertThat(refused.problems()).singleElement().asString().contains("nmae", "staff[0]"));
    }
}

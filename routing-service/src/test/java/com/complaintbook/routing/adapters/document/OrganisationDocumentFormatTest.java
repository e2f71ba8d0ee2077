package com.complaintbook.routing.adapters.document;

import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.contracts.Language;
import com.complaintbook.routing.domain.organisation.Organisation;
import com.complaintbook.routing.domain.organisation.Priority;
import com.complaintbook.routing.domain.organisation.ReviewLevel;
import com.complaintbook.routing.domain.organisation.StoreRole;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganisationDocumentFormatTest {

    private final OrganisationDocumentFormat format = new OrganisationDocumentFormat();

    static byte[] testOrganisation() {
        try (InputStream in = OrganisationDocumentFormatTest.class.getResourceAsStream("/organisation/test-organisation.yaml")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void givenTheYamlDocument_whenRead_thenEnumsWildcardsAndDatesAreTheDomains() {
        Organisation organisation = format.read(testOrganisation(), DocumentSyntax.YAML);

        assertThat(organisation.staff()).hasSize(10);
        assertThat(organisation.staff().get(4).language()).isEqualTo(Language.RU);
        assertThat(organisation.rules().get(1).kind()).isEqualTo(ComplaintKind.COMPLAINT);
        assertThat(organisation.rules().get(2).kind()).as("\"*\" is a wildcard").isNull();
        assertThat(organisation.rules().get(2).target().role()).isEqualTo(StoreRole.STORE_MANAGER);
        assertThat(organisation.categories().get(3).priority()).isEqualTo(Priority.URGENT);
        assertThat(organisation.sla().get(1).level()).isEqualTo(ReviewLevel.ESCALATED);
        assertThat(organisation.calendars().get(0).hours()).containsEntry(DayOfWeek.MONDAY, "09:00-18:00");
        assertThat(organisation.calendars().get(0).holidays()).contains(LocalDate.of(2026, 12, 25));
        assertThat(organisation.positions().get(0).reportsTo()).isNull();
    }

    @Test
    void givenAnExport_whenImportedAgainInEitherSyntax_thenItIsTheSameOrganisation() {
        Organisation organisation = format.read(testOrganisation(), DocumentSyntax.YAML);

        byte[] yaml = format.write(organisation, DocumentSyntax.YAML);
        byte[] json = format.write(organisation, DocumentSyntax.JSON);

        assertThat(format.read(yaml, DocumentSyntax.YAML)).isEqualTo(organisation);
        assertThat(format.read(json, DocumentSyntax.JSON)).isEqualTo(organisation);
        assertThat(new String(yaml, StandardCharsets.UTF_8)).contains("role: store-manager", "monday:", "priority: urgent");
    }

    @Test
    void givenTheSameContentInYamlAndJson_whenChecksummed_thenTheChecksumsAreEqual() {
        Organisation organisation = format.read(testOrganisation(), DocumentSyntax.YAML);
        Organisation fromJson = format.read(format.write(organisation, DocumentSyntax.JSON), DocumentSyntax.JSON);

        assertThat(format.checksum(fromJson)).isEqualTo(format.checksum(organisation)).hasSize(64);
        assertThat(format.checksum(organisation.effectiveFrom(java.time.Instant.EPOCH)))
                .isNotEqualTo(format.checksum(organisation));
    }

    @Test
    void givenAMisspeltField_whenRead_thenItIsRefusedNamingWhere() {
        byte[] document = """
                positions:
                  - {id: ceo, title: CEO, holder: ceo, reportTo: nobody}
                """.getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> format.read(document, DocumentSyntax.YAML))
                .isInstanceOf(UnreadableOrganisationException.class)
                .hasMessageContaining("reportTo")
                .hasMessageContaining("positions[0]");
    }

    @Test
    void givenAnUnknownEnumValue_whenRead_thenItIsRefusedListingTheValidOnes() {
        byte[] document = """
                {"rules": [{"category": "delivery", "target": {"role": "shop-manager"}}]}
                """.getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> format.read(document, DocumentSyntax.JSON))
                .isInstanceOf(UnreadableOrganisationException.class)
                .hasMessageContaining("shop-manager")
                .hasMessageContaining("store-manager");
    }

    @Test
    void givenNotAMapping_whenRead_thenItIsRefused() {
        assertThatThrownBy(() -> format.read("- just\n- a list\n".getBytes(StandardCharsets.UTF_8), DocumentSyntax.YAML))
                .isInstanceOf(UnreadableOrganisationException.class);
        assertThatThrownBy(() -> format.read("{not json".getBytes(StandardCharsets.UTF_8), DocumentSyntax.JSON))
                .isInstanceOf(UnreadableOrganisationException.class);
    }
}

package com.complaintbook.routing.domain;

import com.complaintbook.contracts.Channel;
import com.complaintbook.contracts.ComplaintKind;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CategoryResponsibilityTableTest {

    private final CategoryResponsibilityTable table = RetailOrganisation.responsibilities();

    @Test
    void givenAListedCategory_whenRouted_thenGoesToItsResponsibleEmployee() {
        assertThat(table.responsibleFor(complaintAbout("pricing")).id()).isEqualTo("e-quality");
        assertThat(table.responsibleFor(complaintAbout("website")).id()).isEqualTo("e-web-support");
    }

    @Test
    void givenACategoryNotInTheTable_whenRouted_thenGoesToTheDefaultAssignee() {
        assertThat(table.responsibleFor(complaintAbout("parking")).id()).isEqualTo("e-customer-care");
    }

    @Test
    void givenRulesNamingUnknownEmployees_whenBuilt_thenRefusedNamingEachOne() {
        InvalidOrganisationException refusal = catchThrowableOfType(InvalidOrganisationException.class,
                () -> new CategoryResponsibilityTable(RetailOrganisation.orgChart(),
                        Map.of("delivery", "e-courier"), "e-nobody"));

        assertThat(refusal.problems()).containsExactly(
                "category 'delivery' is the responsibility of 'e-courier', who is not in the org chart",
                "the default assignee 'e-nobody' is not in the org chart");
    }

    private static RoutableComplaint complaintAbout(String category) {
        return new RoutableComplaint(ComplaintKind.COMPLAINT, Channel.TERMINAL, "kyiv-001", category);
    }
}

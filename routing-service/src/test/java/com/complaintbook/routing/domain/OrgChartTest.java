package com.complaintbook.routing.domain;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class OrgChartTest {

    private final OrgChart chart = RetailOrganisation.orgChart();

    @Test
    void givenAnEmployee_whenAskedForManagers_thenListsThemNearestFirstUpToTheCeo() {
        assertThat(chart.managersOf("e-delivery-lead"))
                .extracting(Employee::id)
                .containsExactly("m-logistics", "d-operations", "ceo");
    }

    @Test
    void givenTheCeo_whenAskedForManagers_thenThereAreNone() {
        assertThat(chart.managersOf("ceo")).isEmpty();
        assertThat(chart.managerOf("ceo")).isEmpty();
    }

    @Test
    void givenAnIdNotInTheChart_whenAskedForTheManager_thenSaysTheEmployeeIsUnknown() {
        assertThatThrownBy(() -> chart.managerOf("e-gone"))
                .isInstanceOf(UnknownEmployeeException.class)
                .hasMessageContaining("e-gone");
    }

    @Test
    void givenAManagerNotInTheChart_whenBuilt_thenRefusedNamingBoth() {
        List<Employee> employees = with(new Employee("e-new", "New", "new@retail.example", "m-nowhere"));

        assertThatThrownBy(() -> OrgChart.of(employees))
                .isInstanceOf(InvalidOrganisationException.class)
                .hasMessageContaining("'e-new' has manager 'm-nowhere', who is not in the org chart");
    }

    @Test
    void givenTwoEmployeesWithoutManager_whenBuilt_thenRefusedNamingBoth() {
        List<Employee> employees = with(new Employee("ceo-2", "Second", "second@retail.example", null));

        assertThatThrownBy(() -> OrgChart.of(employees))
                .isInstanceOf(InvalidOrganisationException.class)
                .hasMessageContaining("exactly one employee must have no manager (the CEO), found 2: ceo, ceo-2");
    }

    @Test
    void givenAManagerChainThatLoops_whenBuilt_thenRefusedShowingTheLoop() {
        List<Employee> employees = with(
                new Employee("a", "A", "a@retail.example", "b"),
                new Employee("b", "B", "b@retail.example", "a"),
                new Employee("c", "C", "c@retail.example", "a"));

        assertThatThrownBy(() -> OrgChart.of(employees))
                .isInstanceOf(InvalidOrganisationException.class)
                .hasMessageContaining("manager chain loops: a -> b -> a")
                .satisfies(e -> assertThat(((InvalidOrganisationException) e).problems()).hasSize(1));
    }

    @Test
    void givenEmployeesWhoAreAllSomeonesReport_whenBuilt_thenRefusedForMissingCeoAndLoop() {
        List<Employee> employees = List.of(
                new Employee("a", "A", "a@retail.example", "a"));

        InvalidOrganisationException refusal = catchThrowableOfType(InvalidOrganisationException.class,
                () -> OrgChart.of(employees));

        assertThat(refusal.problems()).containsExactly(
                "exactly one employee must have no manager (the CEO), found 0",
                "manager chain loops: a -> a");
    }

    @Test
    void givenADuplicateId_whenBuilt_thenRefused() {
        List<Employee> employees = with(new Employee("m-stores", "Other", "other@retail.example", "ceo"));

        assertThatThrownBy(() -> OrgChart.of(employees))
                .isInstanceOf(InvalidOrganisationException.class)
                .hasMessageContaining("employee 'm-stores' is listed more than once");
    }

    private static List<Employee> with(Employee... extra) {
        List<Employee> employees = new ArrayList<>(RetailOrganisation.EMPLOYEES);
        employees.addAll(List.of(extra));
        return employees;
    }
}

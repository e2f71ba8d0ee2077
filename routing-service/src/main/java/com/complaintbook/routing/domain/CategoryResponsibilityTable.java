package com.complaintbook.routing.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Responsibility by category alone: each listed category has one responsible employee, and every
 * other category goes to a default assignee, so an unforeseen category still reaches a person.
 * Categories are matched exactly as written.
 */
public final class CategoryResponsibilityTable implements ResponsibilityRules {

    private final Map<String, Employee> byCategory;
    private final Employee defaultAssignee;

    /**
     * @param orgChart            where the named employees must exist
     * @param responsibleByCategory category to employee id
     * @param defaultAssigneeId   the employee for every category not in the table
     * @throws InvalidOrganisationException naming each id the chart does not know
     */
    public CategoryResponsibilityTable(OrgChart orgChart, Map<String, String> responsibleByCategory,
                                       String defaultAssigneeId) {
        List<String> problems = new ArrayList<>();
        responsibleByCategory.forEach((category, employeeId) -> {
            if (!orgChart.contains(employeeId)) {
                problems.add("category '%s' is the responsibility of '%s', who is not in the org chart"
                        .formatted(category, employeeId));
            }
        });
        if (!orgChart.contains(defaultAssigneeId)) {
            problems.add("the default assignee '%s' is not in the org chart".formatted(defaultAssigneeId));
        }
        if (!problems.isEmpty()) {
            throw new InvalidOrganisationException(problems);
        }
        Map<String, Employee> table = new LinkedHashMap<>();
        responsibleByCategory.forEach((category, employeeId) -> table.put(category, orgChart.employee(employeeId)));
        this.byCategory = Map.copyOf(table);
        this.defaultAssignee = orgChart.employee(defaultAssigneeId);
    }

    @Override
    public Employee responsibleFor(RoutableComplaint complaint) {
        return byCategory.getOrDefault(complaint.category(), defaultAssignee);
    }
}

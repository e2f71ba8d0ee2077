package com.complaintbook.routing.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who reports to whom. Built only through {@link #of(Collection)}, which refuses a chart where a
 * complaint could not climb to the CEO: so once built, every employee's manager chain ends at the
 * one CEO.
 */
public final class OrgChart {

    private final Map<String, Employee> employees;

    private OrgChart(Map<String, Employee> employees) {
        this.employees = employees;
    }

    /**
     * Builds the chart, checking that ids are unique, every manager exists, exactly one employee has
     * no manager (the CEO) and no manager chain loops.
     *
     * @throws InvalidOrganisationException naming every problem found
     */
    public static OrgChart of(Collection<Employee> employees) {
        List<String> problems = new ArrayList<>();
        Map<String, Employee> byId = new LinkedHashMap<>();
        for (Employee employee : employees) {
            if (byId.putIfAbsent(employee.id(), employee) != null) {
                problems.add("employee '" + employee.id() + "' is listed more than once");
            }
        }
        for (Employee employee : byId.values()) {
            if (employee.hasManager() && !byId.containsKey(employee.managerId())) {
                problems.add("employee '%s' has manager '%s', who is not in the org chart"
                        .formatted(employee.id(), employee.managerId()));
            }
        }
        List<String> withoutManager = byId.values().stream()
                .filter(employee -> !employee.hasManager())
                .map(Employee::id)
                .toList();
        if (withoutManager.size() != 1) {
            problems.add("exactly one employee must have no manager (the CEO), found %d%s".formatted(
                    withoutManager.size(), withoutManager.isEmpty() ? "" : ": " + String.join(", ", withoutManager)));
        }
        problems.addAll(cycles(byId));
        if (!problems.isEmpty()) {
            throw new InvalidOrganisationException(problems);
        }
        return new OrgChart(Map.copyOf(byId));
    }

    public boolean contains(String employeeId) {
        return employees.containsKey(employeeId);
    }

    /** @throws UnknownEmployeeException when the chart has no such employee */
    public Employee employee(String employeeId) {
        Employee employee = employees.get(employeeId);
        if (employee == null) {
            throw new UnknownEmployeeException(employeeId);
        }
        return employee;
    }

    /**
     * The employee's manager, or empty for the CEO.
     *
     * @throws UnknownEmployeeException when the chart has no such employee
     */
    public Optional<Employee> managerOf(String employeeId) {
        Employee employee = employee(employeeId);
        return employee.hasManager() ? Optional.of(employees.get(employee.managerId())) : Optional.empty();
    }

    /**
     * The employee's managers, nearest first, up to and including the CEO; empty for the CEO.
     *
     * @throws UnknownEmployeeException when the chart has no such employee
     */
    public List<Employee> managersOf(String employeeId) {
        List<Employee> chain = new ArrayList<>();
        Optional<Employee> manager = managerOf(employeeId);
        while (manager.isPresent()) {
            chain.add(manager.get());
            manager = managerOf(manager.get().id());
        }
        return List.copyOf(chain);
    }

    /** Each loop in the manager chains, once, e.g. {@code a -> b -> a}. */
    private static List<String> cycles(Map<String, Employee> byId) {
        List<String> problems = new ArrayList<>();
        Set<Set<String>> reported = new HashSet<>();
        for (Employee start : byId.values()) {
            LinkedHashSet<String> path = new LinkedHashSet<>();
            Employee current = start;
            while (current != null && path.add(current.id())) {
                current = current.hasManager() ? byId.get(current.managerId()) : null;
            }
            if (current == null) {
                continue;
            }
            List<String> walked = List.copyOf(path);
            List<String> loop = new ArrayList<>(walked.subList(walked.indexOf(current.id()), walked.size()));
            if (reported.add(new TreeSet<>(loop))) {
                loop.add(current.id());
                problems.add("manager chain loops: " + String.join(" -> ", loop));
            }
        }
        return problems;
    }
}

package com.complaintbook.routing.config;

import com.complaintbook.routing.domain.Workloads;
import com.complaintbook.routing.domain.organisation.Category;
import com.complaintbook.routing.domain.organisation.Organisation;
import com.complaintbook.routing.domain.organisation.Person;
import com.complaintbook.routing.domain.organisation.Position;
import com.complaintbook.routing.domain.organisation.Region;
import com.complaintbook.routing.domain.organisation.ResponsibilityRule;
import com.complaintbook.routing.domain.organisation.Store;
import com.complaintbook.routing.domain.organisation.Target;

import java.util.List;
import java.util.Map;

/**
 * The organisation {@code complaintbook.routing} configures, as the routing domain's model: each
 * employee holds a position of their own id reporting to their manager's, each category's rule
 * targets its person, the default assignee is the default owner. The configuration predates stores
 * and regions, and routing by category alone never looked at them: the configured stores form one
 * region that the top manages, so they route as before.
 */
final class ConfiguredOrganisation {

    /** The configured organisation has no groups, so nothing asks for workloads. */
    static final Workloads WITHOUT_GROUPS = new Workloads() {
        @Override
        public long openComplaints(String personId) {
            throw new IllegalStateException("the configured organisation has no groups to balance");
        }

        @Override
        public long nextTicket(String groupId) {
            throw new IllegalStateException("the configured organisation has no groups to balance");
        }
    };

    private static final String REGION = "all-stores";

    private ConfiguredOrganisation() {
    }

    static Organisation of(RoutingProperties properties) {
        List<RoutingProperties.EmployeeProperties> employees = properties.employees();
        List<Person> staff = employees.stream()
                .map(employee -> new Person(employee.id(), employee.name(), employee.email(), null, List.of()))
                .toList();
        List<Position> positions = employees.stream()
                .map(employee -> new Position(employee.id(), employee.name(), null, employee.id(),
                        employee.manager() == null || employee.manager().isBlank() ? null : employee.manager(), null))
                .toList();
        String top = positions.stream().filter(Position::isTop).map(Position::id).findFirst().orElse(null);
        List<Store> stores = properties.stores().stream()
                .map(store -> new Store(store, null, null, REGION, top, null, null))
                .toList();
        List<Category> categories = properties.responsibilities().keySet().stream().sorted()
                .map(category -> new Category(category, null, null))
                .toList();
        List<ResponsibilityRule> rules = properties.responsibilities().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(rule -> new ResponsibilityRule(rule.getKey(), null, rule.getKey(), null, null, null,
                        new Target(rule.getValue(), null, null, null)))
                .toList();
        return new Organisation(null, staff, List.of(), positions, List.of(),
                List.of(new Region(REGION, null, null, top)), List.of(), stores, List.of(), categories, rules,
                new Target(properties.defaultAssignee(), null, null, null), List.of(), null, null);
    }
}

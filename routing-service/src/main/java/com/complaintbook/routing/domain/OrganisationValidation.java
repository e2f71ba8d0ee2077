package com.complaintbook.routing.domain;

import com.complaintbook.contracts.LocalizedText;
import com.complaintbook.routing.domain.organisation.Absence;
import com.complaintbook.routing.domain.organisation.CalendarSpec;
import com.complaintbook.routing.domain.organisation.Category;
import com.complaintbook.routing.domain.organisation.Department;
import com.complaintbook.routing.domain.organisation.Division;
import com.complaintbook.routing.domain.organisation.Group;
import com.complaintbook.routing.domain.organisation.Organisation;
import com.complaintbook.routing.domain.organisation.Person;
import com.complaintbook.routing.domain.organisation.Position;
import com.complaintbook.routing.domain.organisation.Region;
import com.complaintbook.routing.domain.organisation.ResponsibilityRule;
import com.complaintbook.routing.domain.organisation.Store;
import com.complaintbook.routing.domain.organisation.Target;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Whether a version of the organisation hangs together: one top, no loops in the chart, every id it
 * refers to resolving, every store, region and division managed, every person in exactly one
 * position. All problems are found in one pass and named in sentences an administrator can act on,
 * so one refused import tells them everything to fix.
 *
 * <p>Business calendars, time zones and review periods are checked by
 * {@code BusinessTimeSlaPolicy.problems}, which knows their rules.
 */
public final class OrganisationValidation {

    private final Organisation organisation;
    private final List<String> problems = new ArrayList<>();
    private final Set<String> staff;
    private final Set<String> departments;
    private final Map<String, Position> positions;
    private final Set<String> divisions;
    private final Set<String> regions;
    private final Set<String> calendars;
    private final Set<String> stores;
    private final Set<String> groups;
    private final Set<String> categories;

    private OrganisationValidation(Organisation organisation) {
        this.organisation = organisation;
        this.staff = ids("person", organisation.staff(), Person::id);
        this.departments = ids("department", organisation.departments(), Department::id);
        this.positions = new LinkedHashMap<>();
        for (Position position : organisation.positions()) {
            if (position.id() != null) {
                positions.putIfAbsent(position.id(), position);
            }
        }
        ids("position", organisation.positions(), Position::id);
        this.divisions = ids("division", organisation.divisions(), Division::id);
        this.regions = ids("region", organisation.regions(), Region::id);
        this.calendars = organisation.calendars().stream()
                .map(CalendarSpec::id)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        this.stores = ids("store", organisation.stores(), Store::id);
        this.groups = ids("group", organisation.groups(), Group::id);
        this.categories = ids("category", organisation.categories(), Category::id);
        ids("rule", organisation.rules().stream().filter(rule -> rule.id() != null).toList(),
                ResponsibilityRule::id);
    }

    /**
     * Every problem of the version's chart, stores, groups, rules and absences, in the order of the
     * document; empty when there is none.
     */
    public static List<String> problems(Organisation organisation) {
        Objects.requireNonNull(organisation, "organisation");
        OrganisationValidation validation = new OrganisationValidation(organisation);
        validation.staff();
        validation.chart();
        validation.network();
        validation.groups();
        validation.rules();
        return List.copyOf(validation.problems);
    }

    private <T> Set<String> ids(String type, List<T> items, Function<T, String> id) {
        Set<String> seen = new LinkedHashSet<>();
        Set<String> reported = new HashSet<>();
        for (T item : items) {
            String value = id.apply(item);
            if (value == null || value.isBlank()) {
                problems.add("a %s has no id".formatted(type));
            } else if (!seen.add(value) && reported.add(value)) {
                problems.add("%s '%s' is listed more than once".formatted(type, value));
            }
        }
        return seen;
    }

    private void staff() {
        for (Person person : organisation.staff()) {
            if (person.id() == null) {
                continue;
            }
            if (blank(person.name())) {
                problems.add("person '%s' has no name".formatted(person.id()));
            }
            if (blank(person.email())) {
                problems.add("person '%s' has no email address".formatted(person.id()));
            }
            if (person.language() == null) {
                problems.add("person '%s' has no language (ru, uk or en): letters to them need one".formatted(person.id()));
            }
            for (Absence absence : person.absences()) {
                absence(person, absence);
            }
        }
    }

    private void absence(Person person, Absence absence) {
        if (absence.from() == null) {
            problems.add("an absence of '%s' has no start (from)".formatted(person.id()));
        } else if (absence.until() != null && !absence.from().isBefore(absence.until())) {
            problems.add("the absence of '%s' from %s must end after it starts, but ends %s"
                    .formatted(person.id(), absence.from(), absence.until()));
        }
        if (absence.actingId() != null) {
            if (absence.actingId().equals(person.id())) {
                problems.add("the absence of '%s' from %s names them as acting for themselves"
                        .formatted(person.id(), absence.from()));
            } else if (!staff.contains(absence.actingId())) {
                problems.add("the absence of '%s' from %s names '%s' as acting, who is not on the staff"
                        .formatted(person.id(), absence.from(), absence.actingId()));
            }
        }
    }

    private void chart() {
        Map<String, List<String>> positionsHeld = new LinkedHashMap<>();
        List<String> tops = new ArrayList<>();
        for (Position position : organisation.positions()) {
            if (position.id() == null) {
                continue;
            }
            if (position.reportsTo() == null) {
                tops.add(position.id());
            } else if (!positions.containsKey(position.reportsTo())) {
                problems.add("position '%s' reports to '%s', which is not a position"
                        .formatted(position.id(), position.reportsTo()));
            }
            if (position.holder() != null) {
                if (staff.contains(position.holder())) {
                    positionsHeld.computeIfAbsent(position.holder(), holder -> new ArrayList<>()).add(position.id());
                } else {
                    problems.add("position '%s' is held by '%s', who is not on the staff"
                            .formatted(position.id(), position.holder()));
                }
            }
            if (position.actingId() != null && !staff.contains(position.actingId())) {
                problems.add("position '%s' names '%s' as acting, who is not on the staff"
                        .formatted(position.id(), position.actingId()));
            }
            if (position.department() != null && !departments.contains(position.department())) {
                problems.add("position '%s' belongs to department '%s', which is not a department"
                        .formatted(position.id(), position.department()));
            }
        }
        if (tops.size() != 1) {
            problems.add(tops.isEmpty()
                    ? "no position is the top: exactly one position must report to nobody"
                    : "exactly one position must report to nobody, but %d do: %s"
                            .formatted(tops.size(), String.join(", ", tops)));
        }
        tops.stream().filter(top -> positions.get(top).holder() == null && positions.get(top).actingId() == null)
                .forEach(top -> problems.add(("the top position '%s' is vacant and names nobody acting: a complaint "
                        + "nobody else can take would have nobody to go to").formatted(top)));
        cycles();
        for (String person : staff) {
            List<String> held = positionsHeld.getOrDefault(person, List.of());
            if (held.isEmpty()) {
                problems.add("person '%s' holds no position".formatted(person));
            } else if (held.size() > 1) {
                problems.add("person '%s' holds %d positions (%s); a person holds exactly one"
                        .formatted(person, held.size(), String.join(", ", held)));
            }
        }
    }

    /** Each loop in the chart, once, e.g. {@code a -> b -> a}. */
    private void cycles() {
        Set<Set<String>> reported = new HashSet<>();
        for (Position start : positions.values()) {
            LinkedHashSet<String> path = new LinkedHashSet<>();
            Position current = start;
            while (current != null && path.add(current.id())) {
                current = current.reportsTo() == null ? null : positions.get(current.reportsTo());
            }
            if (current == null) {
                continue;
            }
            List<String> walked = List.copyOf(path);
            List<String> loop = new ArrayList<>(walked.subList(walked.indexOf(current.id()), walked.size()));
            if (reported.add(new TreeSet<>(loop))) {
                loop.add(current.id());
                problems.add("the chart loops: " + String.join(" -> ", loop));
            }
        }
    }

    private void network() {
        for (Department department : organisation.departments()) {
            text("department", department.id(), "name", department.name());
        }
        for (Division division : organisation.divisions()) {
            text("division", division.id(), "name", division.name());
            manager("division", division.id(), division.manager());
        }
        for (Region region : organisation.regions()) {
            text("region", region.id(), "name", region.name());
            manager("region", region.id(), region.manager());
            if (region.division() != null && !divisions.contains(region.division())) {
                problems.add("region '%s' belongs to division '%s', which is not a division"
                        .formatted(region.id(), region.division()));
            }
        }
        for (Store store : organisation.stores()) {
            text("store", store.id(), "name", store.name());
            text("store", store.id(), "address", store.address());
            manager("store", store.id(), store.manager());
            if (store.region() == null) {
                problems.add("store '%s' belongs to no region".formatted(store.id()));
            } else if (!regions.contains(store.region())) {
                problems.add("store '%s' belongs to region '%s', which is not a region"
                        .formatted(store.id(), store.region()));
            }
            if (store.calendar() != null && !calendars.contains(store.calendar())) {
                problems.add("store '%s' keeps calendar '%s', which is not a calendar"
                        .formatted(store.id(), store.calendar()));
            }
        }
        for (Category category : organisation.categories()) {
            text("category", category.id(), "name", category.name());
        }
        if (organisation.stores().isEmpty()) {
            problems.add("there are no stores: at least one is needed");
        }
        if (organisation.categories().isEmpty()) {
            problems.add("there are no categories: at least one is needed");
        }
    }

    private void manager(String type, String id, String manager) {
        if (id == null) {
            return;
        }
        if (manager == null) {
            problems.add("%s '%s' has no manager".formatted(type, id));
        } else if (!positions.containsKey(manager)) {
            problems.add("%s '%s' has manager '%s', which is not a position".formatted(type, id, manager));
        }
    }

    private void groups() {
        for (Group group : organisation.groups()) {
            if (group.members().isEmpty()) {
                problems.add("group '%s' has no members".formatted(group.id()));
            }
            for (String member : group.members()) {
                if (!staff.contains(member)) {
                    problems.add("group '%s' has member '%s', who is not on the staff".formatted(group.id(), member));
                }
            }
        }
    }

    private void rules() {
        List<ResponsibilityRule> rules = organisation.rules();
        for (int index = 0; index < rules.size(); index++) {
            ResponsibilityRule rule = rules.get(index);
            String name = rule.id() == null ? "rule #%d".formatted(index + 1) : "rule '%s'".formatted(rule.id());
            if (rule.category() != null && !categories.contains(rule.category())) {
                problems.add("%s is about category '%s', which is not a category".formatted(name, rule.category()));
            }
            if (rule.store() != null && !stores.contains(rule.store())) {
                problems.add("%s is about store '%s', which is not a store".formatted(name, rule.store()));
            }
            if (rule.region() != null && !regions.contains(rule.region())) {
                problems.add("%s is about region '%s', which is not a region".formatted(name, rule.region()));
            }
            if (rule.store() != null && rule.region() != null && regions.contains(rule.region())) {
                organisation.stores().stream()
                        .filter(store -> store.id().equals(rule.store()) && !rule.region().equals(store.region()))
                        .findFirst()
                        .ifPresent(store -> problems.add(
                                "%s is about store '%s' in region '%s', but store '%s' is in region '%s': it can never match"
                                        .formatted(name, store.id(), rule.region(), store.id(), store.region())));
            }
            if (rule.target() == null) {
                problems.add("%s has no target".formatted(name));
            } else {
                target(name, rule.target());
            }
        }
        if (organisation.defaultOwner() == null) {
            problems.add("there is no default owner: complaints no rule matches would have nobody to go to");
        } else {
            target("the default owner", organisation.defaultOwner());
        }
    }

    private void target(String owner, Target target) {
        long set = Stream.of(target.staff(), target.position(), target.role(), target.group())
                .filter(Objects::nonNull)
                .count();
        if (set != 1) {
            problems.add("%s must target exactly one of staff, position, role or group, but sets %d"
                    .formatted(owner, set));
        }
        if (target.staff() != null && !staff.contains(target.staff())) {
            problems.add("%s targets '%s', who is not on the staff".formatted(owner, target.staff()));
        }
        if (target.position() != null && !positions.containsKey(target.position())) {
            problems.add("%s targets position '%s', which is not a position".formatted(owner, target.position()));
        }
        if (target.group() != null && !groups.contains(target.group())) {
            problems.add("%s targets group '%s', which is not a group".formatted(owner, target.group()));
        }
    }

    /** Customers, staff and analysts read these in any of the three languages, so none may be missing. */
    private void text(String type, String id, String field, LocalizedText text) {
        if (text == null) {
            problems.add("%s '%s' has no %s: give it in ru, uk and en".formatted(type, id, field));
            return;
        }
        List<String> missing = new ArrayList<>();
        if (blank(text.ru())) {
            missing.add("ru");
        }
        if (blank(text.uk())) {
            missing.add("uk");
        }
        if (blank(text.en())) {
            missing.add("en");
        }
        if (!missing.isEmpty()) {
            problems.add("%s '%s' has no %s in %s".formatted(type, id, field, String.join(", ", missing)));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

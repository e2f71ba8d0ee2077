package com.complaintbook.routing.application;

import com.complaintbook.routing.domain.organisation.Organisation;
import com.complaintbook.routing.domain.organisation.ResponsibilityRule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** What one version changes against the one before, section by section, by id. */
final class OrganisationChanges {

    private OrganisationChanges() {
    }

    /**
     * @param before the version replaced, or {@code null} for the first: then everything is added
     */
    static OrganisationChange between(Organisation before, Organisation after, long version, Instant at, String by,
                                      Instant effectiveFrom) {
        Organisation previous = before == null ? empty() : before;
        Map<String, List<String>> added = new LinkedHashMap<>();
        Map<String, List<String>> removed = new LinkedHashMap<>();
        Map<String, List<String>> changed = new LinkedHashMap<>();
        Sections sections = new Sections(added, removed, changed);
        sections.compare("staff", previous.staff(), after.staff(), person -> person.id());
        sections.compare("departments", previous.departments(), after.departments(), department -> department.id());
        sections.compare("positions", previous.positions(), after.positions(), position -> position.id());
        sections.compare("divisions", previous.divisions(), after.divisions(), division -> division.id());
        sections.compare("regions", previous.regions(), after.regions(), region -> region.id());
        sections.compare("calendars", previous.calendars(), after.calendars(), calendar -> calendar.id());
        sections.compare("stores", previous.stores(), after.stores(), store -> store.id());
        sections.compare("groups", previous.groups(), after.groups(), group -> group.id());
        sections.compare("categories", previous.categories(), after.categories(), category -> category.id());
        sections.compare("rules", previous.rules(), after.rules(), ruleIds(previous.rules(), after.rules()));
        List<String> settings = new ArrayList<>();
        setting(settings, "defaultOwner", previous.defaultOwner(), after.defaultOwner());
        setting(settings, "sla", previous.sla(), after.sla());
        setting(settings, "defaultCalendar", previous.defaultCalendar(), after.defaultCalendar());
        setting(settings, "defaultTimeZone", previous.defaultTimeZone(), after.defaultTimeZone());
        setting(settings, "effectiveFrom", previous.effectiveFrom(), after.effectiveFrom());
        if (!settings.isEmpty()) {
            changed.put("settings", settings);
        }
        return new OrganisationChange(version, at, by, effectiveFrom, added, removed, changed);
    }

    /** A rule without an id is known by its place counted from 1, {@code #3}, as decisions name it ({@code rule:#3}). */
    private static Function<ResponsibilityRule, String> ruleIds(List<ResponsibilityRule> before,
                                                                List<ResponsibilityRule> after) {
        return rule -> {
            if (rule.id() != null) {
                return rule.id();
            }
            int index = after.indexOf(rule);
            return "#" + ((index >= 0 ? index : before.indexOf(rule)) + 1);
        };
    }

    private static void setting(List<String> settings, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            settings.add(name);
        }
    }

    private static Organisation empty() {
        return new Organisation(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
    }

    private record Sections(Map<String, List<String>> added, Map<String, List<String>> removed,
                            Map<String, List<String>> changed) {

        <T> void compare(String section, List<T> before, List<T> after, Function<T, String> id) {
            Map<String, T> old = index(before, id);
            Map<String, T> now = index(after, id);
            List<String> addedIds = new ArrayList<>();
            List<String> changedIds = new ArrayList<>();
            now.forEach((key, value) -> {
                if (!old.containsKey(key)) {
                    addedIds.add(key);
                } else if (!old.get(key).equals(value)) {
                    changedIds.add(key);
                }
            });
            List<String> removedIds = old.keySet().stream().filter(key -> !now.containsKey(key)).toList();
            put(added, section, addedIds);
            put(removed, section, removedIds);
            put(changed, section, changedIds);
        }

        private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
            Map<String, T> byId = new LinkedHashMap<>();
            items.forEach(item -> byId.putIfAbsent(id.apply(item), item));
            return byId;
        }

        private static void put(Map<String, List<String>> into, String section, List<String> ids) {
            if (!ids.isEmpty()) {
                into.put(section, List.copyOf(ids));
            }
        }
    }
}

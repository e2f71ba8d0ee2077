package com.complaintbook.routing.domain.organisation;

import java.time.Instant;
import java.util.List;

/**
 * One version of the whole organisation.
 *
 * @param effectiveFrom   from when this version routes complaints; {@code null} for "as soon as it
 *                        is accepted". Never earlier than its acceptance: a version cannot rewrite
 *                        what routing already decided
 * @param staff           everyone who can be assigned a complaint or stand in for someone
 * @param departments     functional departments positions belong to
 * @param positions       the chart: each position reports to another, up to the one top position
 * @param divisions       groups of regions, where the retailer has them
 * @param regions         groups of stores
 * @param calendars       business calendars stores keep
 * @param stores          the stores customers complain about
 * @param groups          pools of staff that share complaints
 * @param categories      what complaints and suggestions may be about
 * @param rules           responsibility rules, the first matching one wins
 * @param defaultOwner    who takes a complaint no rule matches
 * @param sla             review periods, the first matching one applies
 * @param defaultCalendar the calendar for a complaint whose store routing does not know
 * @param defaultTimeZone the time zone of {@code defaultCalendar} in that case
 */
public record Organisation(
        Instant effectiveFrom,
        List<Person> staff,
        List<Department> departments,
        List<Position> positions,
        List<Division> divisions,
        List<Region> regions,
        List<CalendarSpec> calendars,
        List<Store> stores,
        List<Group> groups,
        List<Category> categories,
        List<ResponsibilityRule> rules,
        Target defaultOwner,
        List<SlaRule> sla,
        String defaultCalendar,
        String defaultTimeZone) {

    public Organisation {
        staff = listOf(staff);
        departments = listOf(departments);
        positions = listOf(positions);
        divisions = listOf(divisions);
        regions = listOf(regions);
        calendars = listOf(calendars);
        stores = listOf(stores);
        groups = listOf(groups);
        categories = listOf(categories);
        rules = listOf(rules);
        sla = listOf(sla);
    }

    /** The same version, effective from {@code moment}. */
    public Organisation effectiveFrom(Instant moment) {
        return new Organisation(moment, staff, departments, positions, divisions, regions, calendars, stores,
                groups, categories, rules, defaultOwner, sla, defaultCalendar, defaultTimeZone);
    }

    static <T> List<T> listOf(List<T> items) {
        return items == null ? List.of() : List.copyOf(items);
    }
}

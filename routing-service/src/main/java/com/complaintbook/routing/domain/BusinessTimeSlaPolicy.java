package com.complaintbook.routing.domain;

import com.complaintbook.routing.domain.organisation.BusinessPeriod;
import com.complaintbook.routing.domain.organisation.CalendarSpec;
import com.complaintbook.routing.domain.organisation.Category;
import com.complaintbook.routing.domain.organisation.Organisation;
import com.complaintbook.routing.domain.organisation.Priority;
import com.complaintbook.routing.domain.organisation.ReviewLevel;
import com.complaintbook.routing.domain.organisation.SlaRule;
import com.complaintbook.routing.domain.organisation.Store;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An organisation's review periods in its stores' business time: the first {@link SlaRule} that
 * matches the complaint's kind, category, the category's priority and the level gives the period,
 * and the complaint's store's {@link BusinessCalendar} counts it. A complaint about a store the
 * organisation does not know (one removed since it was submitted, say) is counted in the default
 * calendar and time zone, so it still gets a deadline.
 *
 * <p>Every store's calendar is built once, when the version is loaded, not per deadline.
 */
public final class BusinessTimeSlaPolicy implements SlaPolicy {

    /**
     * Far beyond any real review period; a larger one is a typo, and would make a deadline search
     * walk centuries of days.
     */
    static final int MAX_WORKING_DAYS = 1_000;
    static final int MAX_WORKING_HOURS = 10_000;

    private final Map<String, BusinessCalendar> storeCalendars;
    private final BusinessCalendar defaultCalendar;
    private final Map<String, Priority> priorities;
    private final List<SlaRule> rules;

    private BusinessTimeSlaPolicy(Map<String, BusinessCalendar> storeCalendars, BusinessCalendar defaultCalendar,
                                  Map<String, Priority> priorities, List<SlaRule> rules) {
        this.storeCalendars = storeCalendars;
        this.defaultCalendar = defaultCalendar;
        this.priorities = priorities;
        this.rules = rules;
    }

    /**
     * The policy of a version that passed validation.
     *
     * @throws InvalidOrganisationException naming the calendar and SLA problems ({@link #problems})
     *                                       when it did not
     */
    public static BusinessTimeSlaPolicy of(Organisation organisation) {
        List<String> problems = problems(organisation);
        if (!problems.isEmpty()) {
            throw new InvalidOrganisationException(problems);
        }
        Map<String, CalendarSpec> specs = organisation.calendars().stream()
                .collect(Collectors.toMap(CalendarSpec::id, Function.identity()));
        // Stores share a handful of calendars and zones: build each pair once.
        Map<CalendarKey, BusinessCalendar> built = new HashMap<>();
        Function<CalendarKey, BusinessCalendar> build =
                key -> built.computeIfAbsent(key, k -> BusinessCalendar.of(specs.get(k.calendar()), k.zone()));
        BusinessCalendar defaultCalendar = build.apply(
                new CalendarKey(organisation.defaultCalendar(), ZoneId.of(organisation.defaultTimeZone())));
        Map<String, BusinessCalendar> storeCalendars = new HashMap<>();
        for (Store store : organisation.stores()) {
            storeCalendars.put(store.id(), build.apply(new CalendarKey(
                    Objects.requireNonNullElse(store.calendar(), organisation.defaultCalendar()),
                    ZoneId.of(Objects.requireNonNullElse(store.timeZone(), organisation.defaultTimeZone())))));
        }
        Map<String, Priority> priorities = organisation.categories().stream()
                .collect(Collectors.toMap(Category::id, Category::priority, (first, second) -> first));
        return new BusinessTimeSlaPolicy(Map.copyOf(storeCalendars), defaultCalendar, Map.copyOf(priorities),
                organisation.sla());
    }

    /**
     * Everything about an organisation's calendars, time zones and review periods that would stop
     * deadlines from being computed, each as a sentence naming the ids concerned: the default
     * calendar and time zone missing or unknown; calendar ids missing or repeated; each calendar's
     * own problems ({@link BusinessCalendar#of}); stores keeping a calendar that does not exist or a
     * time zone that is not an IANA id (a store that names neither keeps the defaults); SLA rules
     * naming an unknown category, whose period does not set exactly one of working days and working
     * hours, or not a positive one; and a list of rules whose last one does not match every
     * complaint, so some complaint could have no period at all.
     */
    public static List<String> problems(Organisation organisation) {
        List<String> problems = new ArrayList<>();
        Set<String> calendarIds = new HashSet<>();
        for (CalendarSpec calendar : organisation.calendars()) {
            if (calendar.id() == null || calendar.id().isBlank()) {
                problems.add("a calendar has no id");
            } else if (!calendarIds.add(calendar.id())) {
                problems.add("calendar id '%s' is used more than once".formatted(calendar.id()));
            }
            problems.addAll(BusinessCalendar.problems(calendar));
        }

        if (organisation.defaultCalendar() == null || organisation.defaultCalendar().isBlank()) {
            problems.add("defaultCalendar is missing: complaints about stores routing does not know need a calendar");
        } else if (!calendarIds.contains(organisation.defaultCalendar())) {
            problems.add("defaultCalendar '%s' is not a calendar".formatted(organisation.defaultCalendar()));
        }
        if (organisation.defaultTimeZone() == null || organisation.defaultTimeZone().isBlank()) {
            problems.add("defaultTimeZone is missing: complaints about stores routing does not know need a time zone");
        } else if (zone(organisation.defaultTimeZone()).isEmpty()) {
            problems.add("defaultTimeZone '%s' is not an IANA time zone id (e.g. Europe/Kyiv)"
                    .formatted(organisation.defaultTimeZone()));
        }

        for (Store store : organisation.stores()) {
            if (store.calendar() != null && !calendarIds.contains(store.calendar())) {
                problems.add("store '%s' keeps calendar '%s', which is not a calendar"
                        .formatted(store.id(), store.calendar()));
            }
            if (store.timeZone() != null && zone(store.timeZone()).isEmpty()) {
                problems.add("store '%s' has time zone '%s', which is not an IANA time zone id (e.g. Europe/Kyiv)"
                        .formatted(store.id(), store.timeZone()));
            }
        }

        problems.addAll(slaProblems(organisation));
        return problems;
    }

    /**
     * {@inheritDoc}
     *
     * <p>A category the organisation does not know counts as of {@link Priority#NORMAL} priority, as
     * a category written without one does.
     */
    @Override
    public Instant reviewDeadline(RoutableComplaint complaint, ReviewLevel level, Instant start) {
        Objects.requireNonNull(complaint, "complaint");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(start, "start");
        BusinessCalendar calendar = complaint.storeId() == null
                ? defaultCalendar
                : storeCalendars.getOrDefault(complaint.storeId(), defaultCalendar);
        return calendar.plus(start, periodFor(complaint, level));
    }

    private BusinessPeriod periodFor(RoutableComplaint complaint, ReviewLevel level) {
        Priority priority = priorities.getOrDefault(complaint.category(), Priority.NORMAL);
        for (SlaRule rule : rules) {
            if (matches(rule.kind(), complaint.kind()) && matches(rule.category(), complaint.category())
                    && matches(rule.priority(), priority) && matches(rule.level(), level)) {
                return rule.period();
            }
        }
        // Validation requires a last rule that matches everything.
        throw new IllegalStateException("no SLA rule matches " + complaint + " at " + level);
    }

    private static boolean matches(Object ruleValue, Object actual) {
        return ruleValue == null || ruleValue.equals(actual);
    }

    private static List<String> slaProblems(Organisation organisation) {
        List<String> problems = new ArrayList<>();
        List<SlaRule> rules = organisation.sla();
        if (rules.isEmpty()) {
            problems.add("sla has no rules: it needs at least one, the last matching every complaint");
            return problems;
        }
        Set<String> categories = organisation.categories().stream()
                .map(Category::id)
                .collect(Collectors.toSet());
        for (int index = 0; index < rules.size(); index++) {
            SlaRule rule = rules.get(index);
            String name = "sla rule %d of %d".formatted(index + 1, rules.size());
            if (rule.category() != null && !categories.contains(rule.category())) {
                problems.add("%s names category '%s', which is not a category".formatted(name, rule.category()));
            }
            periodProblem(name, rule.period()).ifPresent(problems::add);
        }
        SlaRule last = rules.get(rules.size() - 1);
        if (last.kind() != null || last.category() != null || last.priority() != null || last.level() != null) {
            problems.add(("the last sla rule (%d of %d) does not match every complaint: end the list with a rule"
                    + " that sets nothing but its period").formatted(rules.size(), rules.size()));
        }
        return problems;
    }

    private static Optional<String> periodProblem(String rule, BusinessPeriod period) {
        if (period == null) {
            return Optional.of(rule + " has no period: set workingDays or workingHours");
        }
        Integer days = period.workingDays();
        Integer hours = period.workingHours();
        if (days != null && hours != null) {
            return Optional.of(rule + " sets both workingDays and workingHours: set exactly one");
        }
        if (days == null && hours == null) {
            return Optional.of(rule + " sets neither workingDays nor workingHours: set exactly one");
        }
        if (days != null && (days <= 0 || days > MAX_WORKING_DAYS)) {
            return Optional.of("%s has %d working days: give between 1 and %d"
                    .formatted(rule, days, MAX_WORKING_DAYS));
        }
        if (hours != null && (hours <= 0 || hours > MAX_WORKING_HOURS)) {
            return Optional.of("%s has %d working hours: give between 1 and %d"
                    .formatted(rule, hours, MAX_WORKING_HOURS));
        }
        return Optional.empty();
    }

    /** Region ids only: a fixed offset such as {@code +02:00} would ignore daylight saving. */
    private static Optional<ZoneId> zone(String id) {
        return ZoneId.getAvailableZoneIds().contains(id) ? Optional.of(ZoneId.of(id)) : Optional.empty();
    }

    private record CalendarKey(String calendar, ZoneId zone) {
    }
}

package com.complaintbook.routing.domain;

import com.complaintbook.routing.domain.organisation.BusinessPeriod;
import com.complaintbook.routing.domain.organisation.CalendarSpec;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One store's working time: its calendar's hours and holidays in the store's time zone. Working
 * time is real elapsed time while the store is open, so a night the clocks change has an hour more
 * or less of it; local times that fall into a daylight-saving gap or overlap are placed as
 * {@link ZonedDateTime#of} places them (a gap pushes them forward by its length, an overlap takes the
 * earlier offset).
 *
 * <p>Deadlines are found day by day, never minute by minute, and every calendar has at least one
 * working weekday (it is refused otherwise), so a search always ends within a few weeks per working
 * day asked for, plus the holidays.
 */
public final class BusinessCalendar {

    private static final Pattern HOURS = Pattern.compile("(\\d{2}):(\\d{2})-(\\d{2}):(\\d{2})");

    private final ZoneId zone;
    private final Map<DayOfWeek, Hours> hours;
    private final Set<LocalDate> holidays;

    private BusinessCalendar(ZoneId zone, Map<DayOfWeek, Hours> hours, Set<LocalDate> holidays) {
        this.zone = zone;
        this.hours = hours;
        this.holidays = holidays;
    }

    /**
     * @throws IllegalArgumentException naming every problem of {@code spec} (see {@link #problems})
     */
    public static BusinessCalendar of(CalendarSpec spec, ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        List<String> problems = problems(spec);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        Map<DayOfWeek, Hours> hours = new EnumMap<>(DayOfWeek.class);
        spec.hours().forEach((day, written) -> hours.put(day, Hours.parse(written)));
        return new BusinessCalendar(zone, hours, Set.copyOf(spec.holidays()));
    }

    /**
     * What is wrong with a calendar as written, as sentences naming it: hours that are not
     * {@code HH:mm-HH:mm} (a day may close at {@code 24:00}, the midnight that ends it) or that close
     * before they open, and a calendar without any working weekday, in which no deadline would ever
     * fall.
     */
    static List<String> problems(CalendarSpec spec) {
        List<String> problems = new ArrayList<>();
        spec.hours().forEach((day, written) -> {
            String dayName = day.name().toLowerCase(Locale.ROOT);
            Matcher matcher = written == null ? null : HOURS.matcher(written.strip());
            if (matcher == null || !matcher.matches() || !Hours.validClock(matcher)) {
                problems.add("calendar '%s' has hours '%s' on %s, which are not HH:mm-HH:mm (e.g. 09:00-18:00)"
                        .formatted(spec.id(), written, dayName));
                return;
            }
            Hours parsed = Hours.of(matcher);
            if (!parsed.opensBeforeClosing()) {
                problems.add("calendar '%s' opens at %s and closes at %s on %s, but it must open before it closes"
                        .formatted(spec.id(), parsed.opens(), parsed.closesWritten(), dayName));
            }
        });
        if (spec.hours().isEmpty()) {
            problems.add("calendar '%s' has no working day: give at least one weekday hours".formatted(spec.id()));
        }
        return problems;
    }

    public ZoneId zone() {
        return zone;
    }

    /**
     * The end of {@code period} begun at {@code start}.
     *
     * <ul>
     *   <li>{@code workingDays: N}: the day {@code start} falls on (locally) never counts, however
     *   early; the deadline is the closing time of the N-th working day after it. Days without hours
     *   and holidays are skipped.</li>
     *   <li>{@code workingHours: H}: H hours of working time counted from {@code start}, or from the
     *   next opening when the store is closed then; the count may run over several days.</li>
     * </ul>
     *
     * @throws IllegalArgumentException when the period does not set exactly one of the two, positive
     */
    public Instant plus(Instant start, BusinessPeriod period) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(period, "period");
        boolean days = period.workingDays() != null;
        boolean hoursSet = period.workingHours() != null;
        if (days == hoursSet) {
            throw new IllegalArgumentException("a period sets exactly one of workingDays and workingHours: " + period);
        }
        int amount = days ? period.workingDays() : period.workingHours();
        if (amount <= 0) {
            throw new IllegalArgumentException("a period must be positive: " + period);
        }
        return days ? plusWorkingDays(start, amount) : plusWorkingTime(start, Duration.ofHours(amount));
    }

    /** Whether the store is open at {@code moment}: a working day, not a holiday, within its hours. */
    public boolean isWorkingTime(Instant moment) {
        LocalDate day = LocalDate.ofInstant(moment, zone);
        // A day's hours lie within that day, but a daylight-saving gap may push an evening's end
        // past midnight, so the day before is asked too.
        return isOpenOn(day.minusDays(1), moment) || isOpenOn(day, moment);
    }

    private boolean isOpenOn(LocalDate day, Instant moment) {
        if (!isWorkingDay(day)) {
            return false;
        }
        return !moment.isBefore(opening(day)) && moment.isBefore(closing(day));
    }

    private Instant plusWorkingDays(Instant start, int workingDays) {
        LocalDate day = LocalDate.ofInstant(start, zone);
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return closing(day);
    }

    private Instant plusWorkingTime(Instant start, Duration workingTime) {
        Duration left = workingTime;
        Instant from = start;
        for (LocalDate day = LocalDate.ofInstant(start, zone).minusDays(1); ; day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            Instant closing = closing(day);
            Instant counting = later(from, opening(day));
            if (!counting.isBefore(closing)) {
                continue;
            }
            Duration open = Duration.between(counting, closing);
            if (open.compareTo(left) >= 0) {
                return counting.plus(left);
            }
            left = left.minus(open);
            from = closing;
        }
    }

    private boolean isWorkingDay(LocalDate day) {
        return hours.containsKey(day.getDayOfWeek()) && !holidays.contains(day);
    }

    private Instant opening(LocalDate day) {
        return ZonedDateTime.of(day, hours.get(day.getDayOfWeek()).opens(), zone).toInstant();
    }

    private Instant closing(LocalDate day) {
        Hours open = hours.get(day.getDayOfWeek());
        return open.closesAtMidnight()
                ? day.plusDays(1).atStartOfDay(zone).toInstant()
                : ZonedDateTime.of(day, open.closes(), zone).toInstant();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /**
     * One day's opening hours.
     *
     * @param opens  when it opens
     * @param closes when it closes; {@code null} for the midnight that ends the day ({@code 24:00})
     */
    private record Hours(LocalTime opens, LocalTime closes) {

        static Hours parse(String written) {
            Matcher matcher = HOURS.matcher(written.strip());
            if (!matcher.matches()) {
                throw new IllegalArgumentException("not HH:mm-HH:mm: " + written);
            }
            return of(matcher);
        }

        static boolean validClock(Matcher matcher) {
            int openHour = Integer.parseInt(matcher.group(1));
            int openMinute = Integer.parseInt(matcher.group(2));
            int closeHour = Integer.parseInt(matcher.group(3));
            int closeMinute = Integer.parseInt(matcher.group(4));
            boolean closesAtMidnight = closeHour == 24 && closeMinute == 0;
            return openHour < 24 && openMinute < 60
                    && (closesAtMidnight || closeHour < 24 && closeMinute < 60);
        }

        static Hours of(Matcher matcher) {
            LocalTime opens = LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
            int closeHour = Integer.parseInt(matcher.group(3));
            LocalTime closes = closeHour == 24 ? null : LocalTime.of(closeHour, Integer.parseInt(matcher.group(4)));
            return new Hours(opens, closes);
        }

        boolean closesAtMidnight() {
            return closes == null;
        }

        boolean opensBeforeClosing() {
            return closesAtMidnight() || opens.isBefore(closes);
        }

        String closesWritten() {
            return closesAtMidnight() ? "24:00" : closes.toString();
        }
    }
}

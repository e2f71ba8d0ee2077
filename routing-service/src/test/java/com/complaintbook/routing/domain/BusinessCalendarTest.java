package com.complaintbook.routing.domain;

import com.complaintbook.routing.domain.organisation.BusinessPeriod;
import com.complaintbook.routing.domain.organisation.CalendarSpec;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BusinessCalendarTest {

    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    /** Monday to Friday 09:00-18:00, with Christmas, New Year, Orthodox Christmas and 8 March off. */
    static final CalendarSpec UA_OFFICE = new CalendarSpec("ua-office",
            hours("09:00-18:00", MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY),
            List.of(LocalDate.parse("2026-12-25"), LocalDate.parse("2027-01-01"), LocalDate.parse("2027-01-07"),
                    LocalDate.parse("2027-03-08")));

    private static final BusinessCalendar KYIV_OFFICE = BusinessCalendar.of(UA_OFFICE, KYIV);

    @Nested
    class WorkingDays {

        @Test
        void givenFridayAfternoon_whenThreeWorkingDaysPass_thenDueWhenTheOfficeClosesOnWednesday() {
            assertThat(KYIV_OFFICE.plus(kyiv("2026-11-20T15:00"), days(3))).isEqualTo(kyiv("2026-11-25T18:00"));
        }

        @Test
        void givenAMondayMorning_whenOneWorkingDayPasses_thenTheStartDayDoesNotCountHoweverEarly() {
            assertThat(KYIV_OFFICE.plus(kyiv("2026-11-23T06:00"), days(1))).isEqualTo(kyiv("2026-11-24T18:00"));
        }

        @Test
        void givenASaturday_whenOneWorkingDayPasses_thenDueOnMondayEvening() {
            assertThat(KYIV_OFFICE.plus(kyiv("2026-11-21T11:00"), days(1))).isEqualTo(kyiv("2026-11-23T18:00"));
        }

        @Test
        void givenChristmasEve_whenOneWorkingDayPasses_thenTheHolidayAndTheWeekendAreSkipped() {
            assertThat(KYIV_OFFICE.plus(kyiv("2026-12-24T10:00"), days(1))).isEqualTo(kyiv("2026-12-28T18:00"));
        }

        @Test
        void givenAHolidayOnTheMondayAfterAWeekend_whenOneWorkingDayPassesFromFriday_thenDueOnTuesday() {
            assertThat(KYIV_OFFICE.plus(kyiv("2027-03-05T12:00"), days(1))).isEqualTo(kyiv("2027-03-09T18:00"));
        }

        @Test
        void givenTheNewYearHolidays_whenFiveWorkingDaysPass_thenEveryHolidayIsSkipped() {
            // 31 Dec (Thu) start; 1 Jan off, weekend, 4-6 Jan work, 7 Jan off, 8 Jan, weekend, 11 Jan.
            assertThat(KYIV_OFFICE.plus(kyiv("2026-12-31T16:00"), days(5))).isEqualTo(kyiv("2027-01-11T18:00"));
        }

        @Test
        void givenAPeriodAcrossTheAutumnClockChange_whenItEnds_thenItEndsAtTheLocalClosingTime() {
            Instant deadline = KYIV_OFFICE.plus(kyiv("2026-10-23T10:00"), days(1));

            assertThat(deadline).isEqualTo(kyiv("2026-10-26T18:00")).isEqualTo(Instant.parse("2026-10-26T16:00:00Z"));
        }
    }

    @Nested
    class WorkingHours {

        @Test
        void givenAnAfternoon_whenTheHoursFitBeforeClosing_thenDueTheSameDay() {
            assertThat(KYIV_OFFICE.plus(kyiv("2026-11-23T10:30"), hours(4))).isEqualTo(kyiv("2026-11-23T14:30"));
        }

        @Test
        void givenHoursEndingExactlyAtClosing_whenCounted_thenDueAtClosingNotAtTheNextOpening() {
            assertThat(KYIV_OFFICE.plus(kyiv("2026-11-23T14:00"), hours(4))).isEqualTo(kyiv("2026-11-23T18:00"));
        }

        @Test
        void givenFridayAfternoon_whenTheHoursRunPastClosing_thenTheRestIsCountedFromMondayMorning() {
            assertThat(KYIV_OFFICE.plus(kyiv("2026-11-20T16:00"), hours(4))).isEqualTo(kyiv("2026-11-23T11:00"));
        }

        @Test
        void givenAStartBeforeOpening_whenCounted_thenTheHoursStartAtOpening() {
            assertThat(KYIV_OFFICE.plus(kyiv("2026-11-23T07:00"), hours(2))).isEqualTo(kyiv("2026-11-23T11:00"));
        }

        @Test
        void givenAStartAfterClosing_whenCounted_thenTheHoursStartAtTheNextOpening() {
            assertThat(KYIV_OFFICE.plus(kyiv("2026-11-23T20:00"), hours(2))).isEqualTo(kyiv("2026-11-24T11:00"));
        }

        @Test
        void givenASaturday_whenCounted_thenTheHoursStartOnMonday() {
            assertThat(KYIV_OFFICE.plus(kyiv("2026-11-21T10:00"), hours(2))).isEqualTo(kyiv("2026-11-23T11:00"));
        }

        @Test
        void givenMoreHoursThanADay_whenCounted_thenTheySpanSeveralWorkingDays() {
            // 9 hours on Monday, 9 on Tuesday, 2 on Wednesday.
            assertThat(KYIV_OFFICE.plus(kyiv("2026-11-23T09:00"), hours(20))).isEqualTo(kyiv("2026-11-25T11:00"));
        }

        @Test
        void givenChristmasEveBeforeClosing_whenCounted_thenTheHolidayAndTheWeekendHoldNoWorkingTime() {
            assertThat(KYIV_OFFICE.plus(kyiv("2026-12-24T17:00"), hours(2))).isEqualTo(kyiv("2026-12-28T10:00"));
        }

        @Test
        void givenAStoreOpenDayAndNight_whenTheClocksGoForward_thenADayOfWorkingTimeEndsAnHourLaterOnTheClock() {
            BusinessCalendar alwaysOpen = BusinessCalendar.of(ALWAYS_OPEN, WARSAW);
            Instant saturdayNoon = local("2027-03-27T12:00", WARSAW);

            Instant deadline = alwaysOpen.plus(saturdayNoon, hours(24));

            assertThat(deadline).isEqualTo(saturdayNoon.plusSeconds(24 * 3600)).isEqualTo(local("2027-03-28T13:00", WARSAW));
        }

        @Test
        void givenAStoreOpenDayAndNight_whenTheClocksGoBack_thenADayOfWorkingTimeEndsAnHourEarlierOnTheClock() {
            BusinessCalendar alwaysOpen = BusinessCalendar.of(ALWAYS_OPEN, WARSAW);
            Instant saturdayNoon = local("2026-10-24T12:00", WARSAW);

            Instant deadline = alwaysOpen.plus(saturdayNoon, hours(24));

            assertThat(deadline).isEqualTo(saturdayNoon.plusSeconds(24 * 3600)).isEqualTo(local("2026-10-25T11:00", WARSAW));
        }

        @Test
        void givenSundayNightHoursInsideTheSpringGap_whenCounted_thenThatNightHoldsNoWorkingTime() {
            BusinessCalendar nightShift = BusinessCalendar.of(NIGHT_SHIFT, KYIV);

            // An ordinary Sunday: the hour between 03:00 and 04:00 is worked.
            assertThat(nightShift.plus(kyiv("2027-03-20T12:00"), hours(1))).isEqualTo(kyiv("2027-03-21T04:00"));
            // On 28 March 2027 Kyiv's clocks jump from 03:00 to 04:00: that hour never happens.
            assertThat(nightShift.plus(kyiv("2027-03-27T12:00"), hours(1))).isEqualTo(kyiv("2027-03-29T10:00"));
            assertThat(nightShift.isWorkingTime(Instant.parse("2027-03-28T00:30:00Z"))).isFalse();
            assertThat(nightShift.isWorkingTime(Instant.parse("2027-03-28T01:30:00Z"))).isFalse();
        }

        @Test
        void givenSundayNightHoursInsideTheAutumnOverlap_whenCounted_thenTheRepeatedHourIsWorkedToo() {
            BusinessCalendar nightShift = BusinessCalendar.of(NIGHT_SHIFT, KYIV);

            // On 25 October 2026 Kyiv's 03:00-04:00 happens twice: 00:00-02:00 UTC is all working time.
            assertThat(nightShift.plus(kyiv("2026-10-24T12:00"), hours(2))).isEqualTo(Instant.parse("2026-10-25T02:00:00Z"));
            assertThat(nightShift.isWorkingTime(Instant.parse("2026-10-25T01:30:00Z"))).isTrue();
            // An ordinary Sunday holds one hour; the second comes on Monday.
            assertThat(nightShift.plus(kyiv("2026-10-17T12:00"), hours(2))).isEqualTo(kyiv("2026-10-19T10:00"));
        }
    }

    @Nested
    class TimeZones {

        private final BusinessCalendar warsawOffice = BusinessCalendar.of(UA_OFFICE, WARSAW);

        @Test
        void givenTheSameMorningInstant_whenCountedInKyivAndInWarsaw_thenEachStoreCountsItsOwnHours() {
            Instant monday = Instant.parse("2026-11-23T07:30:00Z");   // 09:30 in Kyiv, 08:30 in Warsaw

            assertThat(KYIV_OFFICE.plus(monday, hours(4))).isEqualTo(Instant.parse("2026-11-23T11:30:00Z"));
            assertThat(warsawOffice.plus(monday, hours(4))).isEqualTo(Instant.parse("2026-11-23T12:00:00Z"));
        }

        @Test
        void givenAnInstantBetweenTheTwoMidnights_whenWorkingDaysAreCounted_thenTheStoresStartFromDifferentDays() {
            Instant lateMonday = Instant.parse("2026-11-23T22:30:00Z");   // Tuesday 00:30 in Kyiv, Monday 23:30 in Warsaw

            assertThat(KYIV_OFFICE.plus(lateMonday, days(1))).isEqualTo(kyiv("2026-11-25T18:00"));
            assertThat(warsawOffice.plus(lateMonday, days(1))).isEqualTo(local("2026-11-24T18:00", WARSAW));
        }
    }

    @Nested
    class OpenOrClosed {

        @Test
        void givenMomentsAroundTheHours_whenAsked_thenOpenFromOpeningUntilJustBeforeClosing() {
            assertThat(KYIV_OFFICE.isWorkingTime(kyiv("2026-11-23T08:59"))).isFalse();
            assertThat(KYIV_OFFICE.isWorkingTime(kyiv("2026-11-23T09:00"))).isTrue();
            assertThat(KYIV_OFFICE.isWorkingTime(kyiv("2026-11-23T17:59"))).isTrue();
            assertThat(KYIV_OFFICE.isWorkingTime(kyiv("2026-11-23T18:00"))).isFalse();
        }

        @Test
        void givenAWeekendAndAHoliday_whenAsked_thenClosed() {
            assertThat(KYIV_OFFICE.isWorkingTime(kyiv("2026-11-21T12:00"))).isFalse();
            assertThat(KYIV_OFFICE.isWorkingTime(kyiv("2026-12-25T12:00"))).isFalse();
        }

        @Test
        void givenAStoreOpenUntilMidnight_whenAsked_thenOpenAtOneMinuteToMidnight() {
            BusinessCalendar alwaysOpen = BusinessCalendar.of(ALWAYS_OPEN, WARSAW);

            assertThat(alwaysOpen.isWorkingTime(local("2026-11-22T23:59", WARSAW))).isTrue();
            assertThat(alwaysOpen.isWorkingTime(local("2026-11-23T00:00", WARSAW))).isTrue();
        }
    }

    @Nested
    class Refusals {

        @Test
        void givenAPeriodWithBothOrNeitherAmount_whenAdded_thenRefused() {
            Instant monday = kyiv("2026-11-23T10:00");

            assertThatThrownBy(() -> KYIV_OFFICE.plus(monday, new BusinessPeriod(1, 4)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> KYIV_OFFICE.plus(monday, new BusinessPeriod(null, null)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> KYIV_OFFICE.plus(monday, days(0)))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void givenACalendarWithoutAnyWorkingDay_whenBuilt_thenRefusedNamingIt() {
            assertThatThrownBy(() -> BusinessCalendar.of(new CalendarSpec("closed", Map.of(), List.of()), KYIV))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("calendar 'closed' has no working day");
        }
    }

    /** Open every day, round the clock: working time is simply elapsed time. */
    private static final CalendarSpec ALWAYS_OPEN =
            new CalendarSpec("always-open", hours("00:00-24:00", DayOfWeek.values()), List.of());

    /** A Sunday night hour that the spring clock change skips and the autumn one repeats, and Mondays. */
    private static final CalendarSpec NIGHT_SHIFT = new CalendarSpec("night-shift",
            Map.of(SUNDAY, "03:00-04:00", MONDAY, "09:00-18:00"), List.of());

    static Map<DayOfWeek, String> hours(String hours, DayOfWeek... days) {
        Map<DayOfWeek, String> byDay = new EnumMap<>(DayOfWeek.class);
        Arrays.stream(days).forEach(day -> byDay.put(day, hours));
        return byDay;
    }

    private static BusinessPeriod days(int workingDays) {
        return new BusinessPeriod(workingDays, null);
    }

    private static BusinessPeriod hours(int workingHours) {
        return new BusinessPeriod(null, workingHours);
    }

    private static Instant kyiv(String localDateTime) {
        return local(localDateTime, KYIV);
    }

    private static Instant local(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }
}

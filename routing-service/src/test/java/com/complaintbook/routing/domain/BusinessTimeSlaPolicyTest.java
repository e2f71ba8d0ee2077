package com.complaintbook.routing.domain;

import com.complaintbook.contracts.Channel;
import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.contracts.LocalizedText;
import com.complaintbook.routing.domain.organisation.BusinessPeriod;
import com.complaintbook.routing.domain.organisation.CalendarSpec;
import com.complaintbook.routing.domain.organisation.Category;
import com.complaintbook.routing.domain.organisation.Organisation;
import com.complaintbook.routing.domain.organisation.Priority;
import com.complaintbook.routing.domain.organisation.SlaRule;
import com.complaintbook.routing.domain.organisation.Store;
import com.complaintbook.routing.domain.organisation.Target;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.complaintbook.contracts.ComplaintKind.COMPLAINT;
import static com.complaintbook.contracts.ComplaintKind.SUGGESTION;
import static com.complaintbook.routing.domain.BusinessCalendarTest.UA_OFFICE;
import static com.complaintbook.routing.domain.BusinessCalendarTest.hours;
import static com.complaintbook.routing.domain.organisation.ReviewLevel.ESCALATED;
import static com.complaintbook.routing.domain.organisation.ReviewLevel.FIRST;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BusinessTimeSlaPolicyTest {

    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    /** A Polish office keeps 11 November, Independence Day, and not Ukraine's holidays. */
    private static final CalendarSpec PL_OFFICE = new CalendarSpec("pl-office",
            hours("08:00-16:00", MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY), List.of(LocalDate.parse("2026-11-11")));

    private static final List<SlaRule> SLA = List.of(
            new SlaRule(SUGGESTION, "pricing", null, null, workingDays(5)),
            new SlaRule(null, null, Priority.URGENT, null, workingHours(4)),
            new SlaRule(null, null, null, ESCALATED, workingDays(2)),
            new SlaRule(SUGGESTION, null, null, null, workingDays(10)),
            new SlaRule(null, null, null, null, workingDays(3)));

    private static final Instant FRIDAY_AFTERNOON_IN_KYIV = kyiv("2026-11-20T15:00");

    private final BusinessTimeSlaPolicy policy = policyOf(retailer());

    @Nested
    class RuleOrder {

        @Test
        void givenAnOrdinaryComplaint_whenFirstAssigned_thenTheCatchAllGivesThreeWorkingDays() {
            assertThat(policy.reviewDeadline(about(COMPLAINT, "delivery", "kyiv-001"), FIRST, FRIDAY_AFTERNOON_IN_KYIV))
                    .isEqualTo(kyiv("2026-11-25T18:00"));
        }

        @Test
        void givenASuggestion_whenFirstAssigned_thenTenWorkingDays() {
            assertThat(policy.reviewDeadline(about(SUGGESTION, "delivery", "kyiv-001"), FIRST, FRIDAY_AFTERNOON_IN_KYIV))
                    .isEqualTo(kyiv("2026-12-04T18:00"));
        }

        @Test
        void givenAPricingSuggestion_whenFirstAssigned_thenTheEarlierRuleWinsOverTheSuggestionRule() {
            assertThat(policy.reviewDeadline(about(SUGGESTION, "pricing", "kyiv-001"), FIRST, FRIDAY_AFTERNOON_IN_KYIV))
                    .isEqualTo(kyiv("2026-11-27T18:00"));
        }

        @Test
        void givenAPricingComplaint_whenFirstAssigned_thenTheSuggestionOnlyRuleDoesNotMatchIt() {
            assertThat(policy.reviewDeadline(about(COMPLAINT, "pricing", "kyiv-001"), FIRST, FRIDAY_AFTERNOON_IN_KYIV))
                    .isEqualTo(kyiv("2026-11-25T18:00"));
        }

        @Test
        void givenAnEscalatedComplaint_whenItClimbs_thenTwoWorkingDaysAtTheNewLevel() {
            assertThat(policy.reviewDeadline(about(COMPLAINT, "delivery", "kyiv-001"), ESCALATED, FRIDAY_AFTERNOON_IN_KYIV))
                    .isEqualTo(kyiv("2026-11-24T18:00"));
        }

        @Test
        void givenAnEscalatedSuggestion_whenItClimbs_thenTheEscalatedRuleComesBeforeTheSuggestionRule() {
            assertThat(policy.reviewDeadline(about(SUGGESTION, "delivery", "kyiv-001"), ESCALATED, FRIDAY_AFTERNOON_IN_KYIV))
                    .isEqualTo(kyiv("2026-11-24T18:00"));
        }
    }

    @Nested
    class Priorities {

        @Test
        void givenAFoodSafetyComplaint_whenFirstAssigned_thenItsUrgentCategoryGivesFourWorkingHours() {
            assertThat(policy.reviewDeadline(about(COMPLAINT, "food-safety", "kyiv-001"), FIRST, FRIDAY_AFTERNOON_IN_KYIV))
                    .isEqualTo(kyiv("2026-11-23T10:00"));
        }

        @Test
        void givenAFoodSafetyComplaintThatClimbs_whenReassigned_thenTheUrgentRuleStillComesFirst() {
            assertThat(policy.reviewDeadline(about(COMPLAINT, "food-safety", "kyiv-001"), ESCALATED, FRIDAY_AFTERNOON_IN_KYIV))
                    .isEqualTo(kyiv("2026-11-23T10:00"));
        }

        @Test
        void givenACategoryTheOrganisationDoesNotKnow_whenFirstAssigned_thenItCountsAsNormalPriority() {
            assertThat(policy.reviewDeadline(about(COMPLAINT, "discontinued", "kyiv-001"), FIRST, FRIDAY_AFTERNOON_IN_KYIV))
                    .isEqualTo(kyiv("2026-11-25T18:00"));
        }
    }

    @Nested
    class StoresCalendars {

        @Test
        void givenTheSameInstant_whenAStoreInKyivAndOneInWarsawAreAssigned_thenEachCountsItsOwnZoneAndHours() {
            Instant mondayMorning = Instant.parse("2026-11-23T07:30:00Z");   // 09:30 in Kyiv, 08:30 in Warsaw

            assertThat(policy.reviewDeadline(about(COMPLAINT, "food-safety", "kyiv-001"), FIRST, mondayMorning))
                    .isEqualTo(kyiv("2026-11-23T13:30"));
            assertThat(policy.reviewDeadline(about(COMPLAINT, "food-safety", "warsaw-001"), FIRST, mondayMorning))
                    .isEqualTo(local("2026-11-23T12:30", WARSAW));
        }

        @Test
        void givenAStoreWithItsOwnHolidays_whenCounted_thenOnlyItsHolidaysAreSkipped() {
            Instant tuesday = Instant.parse("2026-11-10T12:00:00Z");

            assertThat(policy.reviewDeadline(about(COMPLAINT, "delivery", "warsaw-001"), FIRST, tuesday))
                    .isEqualTo(local("2026-11-16T16:00", WARSAW));
            assertThat(policy.reviewDeadline(about(COMPLAINT, "delivery", "kyiv-001"), FIRST, tuesday))
                    .isEqualTo(kyiv("2026-11-13T18:00"));
        }

        @Test
        void givenAStoreTheOrganisationDoesNotKnow_whenAssigned_thenTheDefaultCalendarInTheDefaultZoneCounts() {
            Instant mondayMorning = Instant.parse("2026-11-23T07:30:00Z");

            assertThat(policy.reviewDeadline(about(COMPLAINT, "food-safety", "closed-last-year"), FIRST, mondayMorning))
                    .isEqualTo(kyiv("2026-11-23T13:30"));
            assertThat(policy.reviewDeadline(
                    new RoutableComplaint(COMPLAINT, Channel.WEBSITE, null, "food-safety"), FIRST, mondayMorning))
                    .isEqualTo(kyiv("2026-11-23T13:30"));
        }

        @Test
        void givenAStoreNamingNeitherCalendarNorZone_whenAssigned_thenItKeepsTheDefaults() {
            Instant mondayMorning = Instant.parse("2026-11-23T07:30:00Z");

            assertThat(policy.reviewDeadline(about(COMPLAINT, "food-safety", "kyiv-kiosk"), FIRST, mondayMorning))
                    .isEqualTo(kyiv("2026-11-23T13:30"));
        }
    }

    @Nested
    class Problems {

        @Test
        void givenTheRetailer_whenValidated_thenNoProblems() {
            assertThat(problems(retailer())).isEmpty();
        }

        @Test
        void givenBadHours_whenValidated_thenEachIsNamedWithItsCalendarAndDay() {
            CalendarSpec bad = new CalendarSpec("night-owl",
                    Map.of(MONDAY, "9-18", TUESDAY, "18:00-09:00", WEDNESDAY, "25:00-26:00", THURSDAY, "10:00-10:00"),
                    List.of());

            assertThat(problems(retailer().withCalendar(bad))).containsExactlyInAnyOrder(
                    "calendar 'night-owl' has hours '9-18' on monday, which are not HH:mm-HH:mm (e.g. 09:00-18:00)",
                    "calendar 'night-owl' opens at 18:00 and closes at 09:00 on tuesday, but it must open before it closes",
                    "calendar 'night-owl' has hours '25:00-26:00' on wednesday, which are not HH:mm-HH:mm (e.g. 09:00-18:00)",
                    "calendar 'night-owl' opens at 10:00 and closes at 10:00 on thursday, but it must open before it closes");
        }

        @Test
        void givenACalendarWithoutAnyWorkingDay_whenValidated_thenRefusedSoNoDeadlineSearchCanRunForever() {
            CalendarSpec closed = new CalendarSpec("closed", Map.of(), List.of(LocalDate.parse("2026-12-25")));

            assertThat(problems(retailer().withCalendar(closed)))
                    .containsExactly("calendar 'closed' has no working day: give at least one weekday hours");
        }

        @Test
        void givenACalendarIdUsedTwice_whenValidated_thenNamed() {
            assertThat(problems(retailer().withCalendar(UA_OFFICE)))
                    .containsExactly("calendar id 'ua-office' is used more than once");
        }

        @Test
        void givenUnknownZonesAndCalendars_whenValidated_thenEveryStoreAndDefaultIsNamed() {
            Retailer retailer = retailer()
                    .withStore(new Store("lviv-003", null, null, "west", "lviv-003-manager", "Europe/Lvivv", "ua-shop"))
                    .withStore(new Store("odesa-001", null, null, "south", "odesa-001-manager", "+02:00", "ua-office"));

            assertThat(problems(retailer.withDefaults("ua-head-office", "Mars/Olympus")))
                    .containsExactlyInAnyOrder(
                            "defaultCalendar 'ua-head-office' is not a calendar",
                            "defaultTimeZone 'Mars/Olympus' is not an IANA time zone id (e.g. Europe/Kyiv)",
                            "store 'lviv-003' keeps calendar 'ua-shop', which is not a calendar",
                            "store 'lviv-003' has time zone 'Europe/Lvivv', which is not an IANA time zone id (e.g. Europe/Kyiv)",
                            "store 'odesa-001' has time zone '+02:00', which is not an IANA time zone id (e.g. Europe/Kyiv)");
        }

        @Test
        void givenNoDefaults_whenValidated_thenBothAreNamed() {
            assertThat(problems(retailer().withDefaults(null, " "))).containsExactlyInAnyOrder(
                    "defaultCalendar is missing: complaints about stores routing does not know need a calendar",
                    "defaultTimeZone is missing: complaints about stores routing does not know need a time zone");
        }

        @Test
        void givenNoCatchAllRule_whenValidated_thenRefusedBecauseSomeComplaintWouldHaveNoPeriod() {
            List<SlaRule> sla = SLA.subList(0, SLA.size() - 1);

            assertThat(problems(retailer().withSla(sla))).containsExactly(
                    "the last sla rule (4 of 4) does not match every complaint: end the list with a rule that sets"
                            + " nothing but its period");
            assertThat(problems(retailer().withSla(List.of()))).containsExactly(
                    "sla has no rules: it needs at least one, the last matching every complaint");
        }

        @Test
        void givenBadPeriods_whenValidated_thenEachRuleIsNamedByItsPlace() {
            List<SlaRule> sla = List.of(
                    new SlaRule(COMPLAINT, null, null, null, new BusinessPeriod(2, 4)),
                    new SlaRule(SUGGESTION, null, null, null, new BusinessPeriod(null, null)),
                    new SlaRule(null, "delivery", null, null, workingDays(0)),
                    new SlaRule(null, "pricing", null, null, workingHours(-4)),
                    new SlaRule(null, null, Priority.HIGH, null, null),
                    new SlaRule(null, "lost-parcels", null, null, workingDays(BusinessTimeSlaPolicy.MAX_WORKING_DAYS + 1)),
                    new SlaRule(null, null, null, null, workingDays(3)));

            assertThat(problems(retailer().withSla(sla))).containsExactly(
                    "sla rule 1 of 7 sets both workingDays and workingHours: set exactly one",
                    "sla rule 2 of 7 sets neither workingDays nor workingHours: set exactly one",
                    "sla rule 3 of 7 has 0 working days: give between 1 and 1000",
                    "sla rule 4 of 7 has -4 working hours: give between 1 and 10000",
                    "sla rule 5 of 7 has no period: set workingDays or workingHours",
                    "sla rule 6 of 7 names category 'lost-parcels', which is not a category",
                    "sla rule 6 of 7 has 1001 working days: give between 1 and 1000");
        }

        @Test
        void givenAnInvalidOrganisation_whenThePolicyIsBuilt_thenRefusedWithEveryProblem() {
            assertThatThrownBy(() -> policyOf(retailer().withDefaults("ua-head-office", "Europe/Kyiv").withSla(List.of())))
                    .isInstanceOfSatisfying(InvalidOrganisationException.class, refused -> assertThat(refused.problems())
                            .containsExactly("defaultCalendar 'ua-head-office' is not a calendar",
                                    "sla has no rules: it needs at least one, the last matching every complaint"));
        }
    }

    /** The parts of an organisation deadlines depend on; the rest is left empty. */
    private record Retailer(List<CalendarSpec> calendars, List<Store> stores, List<SlaRule> sla,
                            String defaultCalendar, String defaultTimeZone) {

        Retailer withCalendar(CalendarSpec calendar) {
            List<CalendarSpec> more = new ArrayList<>(calendars);
            more.add(calendar);
            return new Retailer(more, stores, sla, defaultCalendar, defaultTimeZone);
        }

        Retailer withStore(Store store) {
            List<Store> more = new ArrayList<>(stores);
            more.add(store);
            return new Retailer(calendars, more, sla, defaultCalendar, defaultTimeZone);
        }

        Retailer withSla(List<SlaRule> rules) {
            return new Retailer(calendars, stores, rules, defaultCalendar, defaultTimeZone);
        }

        Retailer withDefaults(String calendar, String timeZone) {
            return new Retailer(calendars, stores, sla, calendar, timeZone);
        }

        Organisation organisation() {
            List<Category> categories = List.of(
                    new Category("delivery", name("Delivery"), null),
                    new Category("pricing", name("Pricing"), Priority.HIGH),
                    new Category("food-safety", name("Food safety"), Priority.URGENT));
            return new Organisation(null, List.of(), List.of(), List.of(), List.of(), List.of(), calendars, stores,
                    List.of(), categories, List.of(), new Target(null, "ceo", null, null), sla, defaultCalendar,
                    defaultTimeZone);
        }
    }

    private static List<String> problems(Retailer retailer) {
        return BusinessTimeSlaPolicy.problems(retailer.organisation());
    }

    private static BusinessTimeSlaPolicy policyOf(Retailer retailer) {
        return BusinessTimeSlaPolicy.of(retailer.organisation());
    }

    private static Retailer retailer() {
        return new Retailer(List.of(UA_OFFICE, PL_OFFICE), List.of(
                new Store("kyiv-001", name("Khreshchatyk"), name("Khreshchatyk 1"), "kyiv", "kyiv-001-manager",
                        "Europe/Kyiv", "ua-office"),
                new Store("warsaw-001", name("Marszałkowska"), name("Marszałkowska 10"), "west", "warsaw-001-manager",
                        "Europe/Warsaw", "pl-office"),
                new Store("kyiv-kiosk", name("Kiosk"), name("Maidan"), "kyiv", "kyiv-kiosk-manager", null, null)),
                SLA, "ua-office", "Europe/Kyiv");
    }

    private static LocalizedText name(String english) {
        return new LocalizedText(english, english, english);
    }

    private static RoutableComplaint about(ComplaintKind kind, String category, String storeId) {
        return new RoutableComplaint(kind, Channel.TERMINAL, storeId, category);
    }

    private static BusinessPeriod workingDays(int days) {
        return new BusinessPeriod(days, null);
    }

    private static BusinessPeriod workingHours(int hours) {
        return new BusinessPeriod(null, hours);
    }

    private static Instant kyiv(String localDateTime) {
        return local(localDateTime, KYIV);
    }

    private static Instant local(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }
}

package com.complaintbook.routing.domain;

import com.complaintbook.routing.domain.organisation.Person;
import com.complaintbook.routing.domain.organisation.Position;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.complaintbook.routing.domain.RetailOrganisation.heldBy;
import static com.complaintbook.routing.domain.RetailOrganisation.retailer;
import static org.assertj.core.api.Assertions.assertThat;

/** Who acts for a position, and for whom someone may answer, at a moment. */
class OrganisationVersionTest {

    private static final Instant FROM = Instant.parse("2026-12-01T00:00:00Z");
    private static final Instant UNTIL = Instant.parse("2026-12-14T00:00:00Z");
    private static final Instant DURING = Instant.parse("2026-12-07T12:00:00Z");
    private static final Instant AFTER = Instant.parse("2026-12-14T00:00:00Z");

    @Test
    void givenTheRetailer_whenIndexed_thenTopHoldersAndStoresAreFound() {
        OrganisationVersion org = RetailOrganisation.version();

        assertThat(org.version()).isEqualTo(1);
        assertThat(org.top().id()).isEqualTo("ceo");
        assertThat(org.positionHeldBy("petro")).map(Position::id).hasValue("kyiv-001-desk-2");
        assertThat(org.positionHeldBy("nobody")).isEmpty();
        assertThat(org.store("lviv-001")).hasValueSatisfying(store -> assertThat(store.region()).isEqualTo("west"));
        assertThat(org.store(null)).isEmpty();
        assertThat(org.category("food-safety")).isPresent();
    }

    @Test
    void givenAnAbsentHolderWithADeputy_whenAskedWhoActs_thenTheDeputyDuringTheAbsenceAndTheHolderAfter() {
        OrganisationVersion org = retailer().away("ivan", FROM, UNTIL, "olena").build();

        assertThat(org.effectiveHolder("kyiv-001-manager", DURING)).map(Person::id).hasValue("olena");
        assertThat(org.effectiveHolder("kyiv-001-manager", AFTER)).map(Person::id).hasValue("ivan");
        assertThat(org.effectiveHolder("kyiv-001-manager", FROM.minusSeconds(1))).map(Person::id).hasValue("ivan");
    }

    @Test
    void givenAnAbsentHolderWhoseDeputyIsAwayToo_whenAskedWhoActs_thenNobodyAndThePositionIsSkipped() {
        OrganisationVersion org = retailer()
                .away("ivan", FROM, UNTIL, "olena")
                .away("olena", FROM, null, null)
                .build();

        assertThat(org.effectiveHolder("kyiv-001-manager", DURING)).isEmpty();
    }

    @Test
    void givenAVacantPosition_whenAskedWhoActs_thenItsActingPersonUnlessThatPersonIsAway() {
        OrganisationVersion org = retailer()
                .position("lviv-001-manager", position -> heldBy(position, null, "iryna"))
                .withoutPerson("andriy")
                .away("iryna", FROM, UNTIL, null)
                .build();

        assertThat(org.effectiveHolder("lviv-001-manager", DURING)).isEmpty();
        assertThat(org.effectiveHolder("lviv-001-manager", AFTER)).map(Person::id).hasValue("iryna");
        assertThat(org.effectiveHolder("no-such-position", AFTER)).isEmpty();
    }

    @Test
    void givenAbsencesNamingSomeoneActing_whenAskedForWhomTheyAnswer_thenThoseAwayAtThatMoment() {
        OrganisationVersion org = retailer()
                .away("ivan", FROM, UNTIL, "olena")
                .away("oksana", DURING, null, "olena")
                .away("dmytro", FROM, UNTIL, "maria")
                .build();

        assertThat(org.answersFor("olena", DURING)).containsExactly("ivan", "oksana");
        assertThat(org.answersFor("olena", AFTER)).containsExactly("oksana");
        assertThat(org.answersFor("olena", FROM)).containsExactly("ivan");
        assertThat(org.answersFor("petro", DURING)).isEmpty();
    }

    @Test
    void givenAbsencesNamingSomeoneActing_whenAskedForEveryoneAtOnce_thenEachActingPersonWithThoseTheyStandInFor() {
        OrganisationVersion org = retailer()
                .away("ivan", FROM, UNTIL, "olena")
                .away("oksana", DURING, null, "olena")
                .away("dmytro", FROM, UNTIL, "maria")
                .build();

        assertThat(org.answersForEveryone(DURING))
                .containsOnly(Map.entry("olena", List.of("ivan", "oksana")), Map.entry("maria", List.of("dmytro")));
        assertThat(org.answersForEveryone(AFTER)).containsOnly(Map.entry("olena", List.of("oksana")));
        for (Person person : org.organisation().staff()) {
            assertThat(org.answersForEveryone(DURING).getOrDefault(person.id(), List.of()))
                    .as(person.id()).isEqualTo(org.answersFor(person.id(), DURING));
        }
    }
}

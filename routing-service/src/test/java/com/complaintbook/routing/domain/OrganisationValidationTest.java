package com.complaintbook.routing.domain;

import com.complaintbook.routing.domain.organisation.Group;
import com.complaintbook.routing.domain.organisation.Position;
import com.complaintbook.routing.domain.organisation.Region;
import com.complaintbook.routing.domain.organisation.Store;
import com.complaintbook.routing.domain.organisation.Target;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static com.complaintbook.routing.domain.RetailOrganisation.group;
import static com.complaintbook.routing.domain.RetailOrganisation.heldBy;
import static com.complaintbook.routing.domain.RetailOrganisation.position;
import static com.complaintbook.routing.domain.RetailOrganisation.retailer;
import static com.complaintbook.routing.domain.RetailOrganisation.rule;
import static com.complaintbook.routing.domain.RetailOrganisation.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Refusing an organisation that does not hang together, naming every problem. */
class OrganisationValidationTest {

    private static final Instant DECEMBER = Instant.parse("2026-12-01T00:00:00Z");

    @Test
    void givenTheRetailer_whenValidated_thenThereIsNoProblem() {
        assertThat(OrganisationValidation.problems(retailer().organisation())).isEmpty();
    }

    @Test
    void givenALoopInTheChart_whenValidated_thenTheLoopIsNamedOnce() {
        RetailOrganisation looping = retailer()
                .position("kyiv-region-manager", position -> reportingTo(position, "kyiv-001-manager"));

        assertThat(OrganisationValidation.problems(looping.organisation()))
                .containsExactly("the chart loops: kyiv-region-manager -> kyiv-001-manager -> kyiv-region-manager");
    }

    @Test
    void givenTwoTops_whenValidated_thenBothAreNamed() {
        RetailOrganisation twoCeos = retailer()
                .position("quality-director", position -> reportingTo(position, null));

        assertThat(OrganisationValidation.problems(twoCeos.organisation()))
                .containsExactly("exactly one position must report to nobody, but 2 do: ceo, quality-director");
    }

    @Test
    void givenNoTopBecauseTheCeoReportsBelow_whenValidated_thenBothTheMissingTopAndTheLoopAreNamed() {
        RetailOrganisation noTop = retailer().position("ceo", position -> reportingTo(position, "retail-director"));

        assertThat(OrganisationValidation.problems(noTop.organisation())).containsExactly(
                "no position is the top: exactly one position must report to nobody",
                "the chart loops: ceo -> retail-director -> ceo");
    }

    @Test
    void givenAStoreWithoutManagerAndOneWhoseManagerIsNoPosition_whenValidated_thenBothAreNamed() {
        RetailOrganisation org = retailer()
                .store(new Store("lviv-002", RetailOrganisation.text("lviv-002"), RetailOrganisation.text("lviv-002"), "west", null, "Europe/Kyiv", "ua-office"))
                .store(new Store("lviv-003", RetailOrganisation.text("lviv-003"), RetailOrganisation.text("lviv-003"), "west", "lviv-003-manager", "Europe/Kyiv", "ua-office"));

        assertThat(OrganisationValidation.problems(org.organisation())).containsExactly(
                "store 'lviv-002' has no manager",
                "store 'lviv-003' has manager 'lviv-003-manager', which is not a position");
    }

    @Test
    void givenARuleNamingAStoreAndARegionTheStoreIsNotIn_whenValidated_thenItIsNamedAsNeverMatching() {
        RetailOrganisation org = retailer()
                .rules(rule("kyiv-desk-in-west", null, "pricing", "kyiv-001", "west", staff("ivan")),
                        rule("kyiv-desk", null, "pricing", "kyiv-001", "kyiv", staff("ivan")));

        assertThat(OrganisationValidation.problems(org.organisation())).containsExactly(
                "rule 'kyiv-desk-in-west' is about store 'kyiv-001' in region 'west', but store 'kyiv-001' is in"
                        + " region 'kyiv': it can never match");
    }

    @Test
    void givenRulesAndADefaultOwnerPointingNowhere_whenValidated_thenEachTargetIsNamed() {
        RetailOrganisation org = retailer()
                .rules(rule("couriers", null, "delivery", null, null, staff("courier")),
                        rule(null, null, "pricing", null, null, position("pricing-director")),
                        rule("desk", null, "other", "odesa-001", "south", group("odesa-desk")),
                        rule("unknown-category", null, "parking", null, null, staff("ivan")),
                        rule("two-targets", null, null, null, null, new Target("ivan", "ceo", null, null)),
                        rule("nobody", null, null, null, null, null))
                .defaultOwner(group("call-centre"));

        assertThat(OrganisationValidation.problems(org.organisation())).containsExactly(
                "rule 'couriers' targets 'courier', who is not on the staff",
                "rule #2 targets position 'pricing-director', which is not a position",
                "rule 'desk' is about store 'odesa-001', which is not a store",
                "rule 'desk' is about region 'south', which is not a region",
                "rule 'desk' targets group 'odesa-desk', which is not a group",
                "rule 'unknown-category' is about category 'parking', which is not a category",
                "rule 'two-targets' must target exactly one of staff, position, role or group, but sets 2",
                "rule 'nobody' has no target",
                "the default owner targets group 'call-centre', which is not a group");
    }

    @Test
    void givenNoDefaultOwner_whenValidated_thenItIsNamed() {
        assertThat(OrganisationValidation.problems(retailer().defaultOwner(null).organisation())).containsExactly(
                "there is no default owner: complaints no rule matches would have nobody to go to");
    }

    @Test
    void givenAPersonHoldingTwoPositionsAndOneHoldingNone_whenValidated_thenBothAreNamed() {
        RetailOrganisation org = retailer()
                .position("kyiv-002-manager", position -> heldBy(position, "ivan", null))
                .person("zakhar");

        assertThat(OrganisationValidation.problems(org.organisation())).containsExactly(
                "person 'ivan' holds 2 positions (kyiv-001-manager, kyiv-002-manager); a person holds exactly one",
                "person 'oksana' holds no position",
                "person 'zakhar' holds no position");
    }

    @Test
    void givenPositionsNamingUnknownPeopleDepartmentsAndPositions_whenValidated_thenEachIsNamed() {
        RetailOrganisation org = retailer()
                .position(new Position("kyiv-003-manager", "Store manager", "stores", "ghost", "kyiv-director",
                        "phantom"));

        assertThat(OrganisationValidation.problems(org.organisation())).containsExactly(
                "position 'kyiv-003-manager' reports to 'kyiv-director', which is not a position",
                "position 'kyiv-003-manager' is held by 'ghost', who is not on the staff",
                "position 'kyiv-003-manager' names 'phantom' as acting, who is not on the staff",
                "position 'kyiv-003-manager' belongs to department 'stores', which is not a department");
    }

    @Test
    void givenAVacantTopWithNobodyActing_whenValidated_thenItIsNamed() {
        RetailOrganisation org = retailer().position("ceo", position -> heldBy(position, null, null))
                .withoutPerson("taras");

        assertThat(OrganisationValidation.problems(org.organisation())).containsExactly(
                "the top position 'ceo' is vacant and names nobody acting: a complaint nobody else can take "
                        + "would have nobody to go to");
    }

    @Test
    void givenBadAbsences_whenValidated_thenEachIsNamed() {
        RetailOrganisation org = retailer()
                .away("ivan", DECEMBER, DECEMBER, null)
                .away("dmytro", DECEMBER, null, "dmytro")
                .away("maria", DECEMBER, null, "somebody");

        assertThat(OrganisationValidation.problems(org.organisation())).containsExactly(
                "the absence of 'maria' from 2026-12-01T00:00:00Z names 'somebody' as acting, who is not on the staff",
                "the absence of 'dmytro' from 2026-12-01T00:00:00Z names them as acting for themselves",
                "the absence of 'ivan' from 2026-12-01T00:00:00Z must end after it starts, but ends 2026-12-01T00:00:00Z");
    }

    @Test
    void givenRegionsAndGroupsReferringToWhatIsNotThere_whenValidated_thenEachIsNamed() {
        RetailOrganisation org = retailer()
                .region(new Region("west", RetailOrganisation.text("west"), "wholesale", null))
                .store(new Store("odesa-001", RetailOrganisation.text("odesa-001"), RetailOrganisation.text("odesa-001"), "south", "kyiv-001-manager", "Europe/Kyiv", "sea-calendar"))
                .group(new Group("customer-care", "Customer care", List.of("lesia", "nobody")))
                .group(new Group("empty", "Empty", List.of()));

        assertThat(OrganisationValidation.problems(org.organisation())).containsExactly(
                "region 'west' has no manager",
                "region 'west' belongs to division 'wholesale', which is not a division",
                "store 'odesa-001' belongs to region 'south', which is not a region",
                "store 'odesa-001' keeps calendar 'sea-calendar', which is not a calendar",
                "group 'customer-care' has member 'nobody', who is not on the staff",
                "group 'empty' has no members");
    }

    @Test
    void givenDuplicateIds_whenValidated_thenEachDuplicateIsNamedOnce() {
        RetailOrganisation org = retailer()
                .rule(rule("food-safety", null, "other", null, null, staff("ivan")))
                .rule(rule("food-safety", null, "other", null, null, staff("ivan")));

        assertThat(OrganisationValidation.problems(org.organisation()))
                .containsExactly("rule 'food-safety' is listed more than once");
    }

    @Test
    void givenSeveralUnrelatedProblems_whenTheVersionIsBuilt_thenItIsRefusedNamingEveryOne() {
        RetailOrganisation broken = retailer()
                .position("quality-director", position -> reportingTo(position, null))
                .position("kyiv-region-manager", position -> reportingTo(position, "kyiv-001-manager"))
                .store(new Store("lviv-002", RetailOrganisation.text("lviv-002"), RetailOrganisation.text("lviv-002"), "west", null, "Europe/Kyiv", "ua-office"))
                .rule(rule("couriers", null, "delivery", null, null, staff("courier")));

        assertThatThrownBy(broken::build)
                .isInstanceOfSatisfying(InvalidOrganisationException.class, refused ->
                        assertThat(refused.problems()).containsExactlyInAnyOrder(
                                "exactly one position must report to nobody, but 2 do: ceo, quality-director",
                                "the chart loops: kyiv-region-manager -> kyiv-001-manager -> kyiv-region-manager",
                                "store 'lviv-002' has no manager",
                                "rule 'couriers' targets 'courier', who is not on the staff"));
    }

    private static Position reportingTo(Position position, String reportsTo) {
        return new Position(position.id(), position.title(), position.department(), position.holder(), reportsTo,
                position.actingId());
    }
}

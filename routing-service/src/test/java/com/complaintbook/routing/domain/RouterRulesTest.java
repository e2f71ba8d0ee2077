package com.complaintbook.routing.domain;

import com.complaintbook.contracts.Channel;
import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.routing.domain.organisation.Region;
import com.complaintbook.routing.domain.organisation.ReviewLevel;
import com.complaintbook.routing.domain.organisation.StoreRole;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static com.complaintbook.routing.domain.RetailOrganisation.group;
import static com.complaintbook.routing.domain.RetailOrganisation.heldBy;
import static com.complaintbook.routing.domain.RetailOrganisation.position;
import static com.complaintbook.routing.domain.RetailOrganisation.retailer;
import static com.complaintbook.routing.domain.RetailOrganisation.role;
import static com.complaintbook.routing.domain.RetailOrganisation.rule;
import static com.complaintbook.routing.domain.RetailOrganisation.staff;
import static org.assertj.core.api.Assertions.assertThat;

/** Who takes a new complaint: the first matching rule's target, the default owner, the top. */
class RouterRulesTest {

    static final Instant SUBMITTED_AT = Instant.parse("2026-12-02T09:15:30Z");
    static final SlaPolicy THREE_DAYS_THEN_TWO = (complaint, level, start) ->
            start.plus(level == ReviewLevel.FIRST ? Duration.ofDays(3) : Duration.ofDays(2));

    private final InMemoryWorkloads workloads = new InMemoryWorkloads();
    private final Router router = new Router(workloads);
    private final OrganisationVersion retailer = RetailOrganisation.version();

    @Test
    void givenAFoodSafetyComplaintFromAnyStore_whenAssigned_thenTheQualityDirectorHasItByTheFirstRule() {
        Assignment fromKyiv = first(retailer, complaint("kyiv-001", "food-safety"));
        Assignment fromLviv = first(retailer, complaint("lviv-002", "food-safety"));

        assertThat(fromKyiv.assignee().id()).isEqualTo("serhiy");
        assertThat(fromKyiv.positionId()).isEqualTo("quality-director");
        assertThat(fromKyiv.via()).isEqualTo("rule:food-safety");
        assertThat(fromKyiv.level()).isZero();
        assertThat(fromKyiv.deadline()).isEqualTo(Instant.parse("2026-12-05T09:15:30Z"));
        assertThat(fromKyiv.managers()).extracting(Employee::id).containsExactly("taras");
        assertThat(fromKyiv.managerPositionIds()).containsExactly("ceo");
        assertThat(fromLviv.assignee().id()).isEqualTo("serhiy");
    }

    @Test
    void givenStaffBehaviourComplaints_whenAssigned_thenEachStoresOwnManagerHasThemWithTheChainAbove() {
        Assignment kyiv = first(retailer, complaint("kyiv-002", "staff-behaviour"));
        Assignment lviv = first(retailer, complaint("lviv-001", "staff-behaviour"));

        assertThat(kyiv.assignee().id()).isEqualTo("oksana");
        assertThat(kyiv.managers()).extracting(Employee::id).containsExactly("dmytro", "maria", "taras");
        assertThat(kyiv.managerPositionIds()).containsExactly("kyiv-region-manager", "retail-director", "ceo");
        assertThat(lviv.assignee().id()).isEqualTo("andriy");
        assertThat(lviv.managers()).extracting(Employee::id).containsExactly("natalia", "maria", "taras");
    }

    @Test
    void givenRegionAndDivisionRoles_whenAssigned_thenTheStoresRegionManagerAndDivisionManagerHaveThem() {
        assertThat(first(retailer, complaint("lviv-002", "store-cleanliness")).assignee().id()).isEqualTo("natalia");
        assertThat(first(retailer, complaint("kyiv-001", "store-cleanliness")).assignee().id()).isEqualTo("dmytro");
        assertThat(first(retailer, complaint("kyiv-001", "assortment")).assignee().id()).isEqualTo("maria");
    }

    @Test
    void givenARegionWithoutDivision_whenADivisionManagerRoleIsAsked_thenTheRegionManagerHasIt() {
        OrganisationVersion org = retailer()
                .region(new Region("west", RetailOrganisation.text("west"), null,
                        "west-region-manager"))
                .build();

        assertThat(first(org, complaint("lviv-001", "assortment")).assignee().id()).isEqualTo("natalia");
    }

    @Test
    void givenDeliveryComplaints_whenAssigned_thenKyivsGoToItsCoordinatorByRegionAndTheRestToTheHeadByAnUnnamedRule() {
        Assignment kyiv = first(retailer, complaint("kyiv-002", "delivery"));
        Assignment lviv = first(retailer, complaint("lviv-001", "delivery"));

        assertThat(kyiv.assignee().id()).isEqualTo("roman");
        assertThat(kyiv.via()).isEqualTo("rule:delivery-kyiv");
        assertThat(lviv.assignee().id()).isEqualTo("bohdan");
        assertThat(lviv.via()).isEqualTo("rule:#7");
    }

    @Test
    void givenAStoreRoutingDoesNotKnow_whenAssigned_thenRulesNamingAStoreRegionOrRoleDoNotMatchAndWildcardsDo() {
        assertThat(first(retailer, complaint("odesa-009", "delivery")).assignee().id()).isEqualTo("bohdan");
        assertThat(first(retailer, complaint("odesa-009", "food-safety")).assignee().id()).isEqualTo("serhiy");

        Assignment staffBehaviour = first(retailer, complaint("odesa-009", "staff-behaviour"));
        assertThat(staffBehaviour.via()).isEqualTo("default-owner");
        assertThat(staffBehaviour.assignee().id()).isIn("lesia", "mykola");
    }

    @Test
    void givenAPricingComplaint_whenTheKindChannelOrStoreDiffers_thenOnlyAnExactMatchReachesTheServiceDesk() {
        Assignment desk = first(retailer, complaint("kyiv-001", "pricing"));
        Assignment suggestion = first(retailer, new RoutableComplaint(ComplaintKind.SUGGESTION, Channel.TERMINAL,
                "kyiv-001", "pricing"));
        Assignment otherStore = first(retailer, complaint("kyiv-002", "pricing"));

        assertThat(desk.via()).isEqualTo("rule:kyiv-001-desk");
        assertThat(desk.assignee().id()).isIn("olena", "petro", "sofia");
        assertThat(suggestion.via()).isEqualTo("default-owner");
        assertThat(otherStore.via()).isEqualTo("default-owner");
    }

    @Test
    void givenAWebsiteComplaint_whenItCameThroughTheWebsite_thenTheChannelRuleMatchesAndFromATerminalItDoesNot() {
        Assignment online = first(retailer, new RoutableComplaint(ComplaintKind.COMPLAINT, Channel.WEBSITE,
                "kyiv-001", "website"));
        Assignment atTheStore = first(retailer, complaint("kyiv-001", "website"));

        assertThat(online.assignee().id()).isEqualTo("viktor");
        assertThat(online.via()).isEqualTo("rule:website-online");
        assertThat(atTheStore.via()).isEqualTo("default-owner");
    }

    @Test
    void givenTwoMatchingRules_whenAssigned_thenTheEarlierOneWins() {
        OrganisationVersion org = retailer()
                .rules(rule("everything", null, null, null, null, staff("halyna")),
                        rule("food-safety", null, "food-safety", null, null, position("quality-director")))
                .build();

        assertThat(first(org, complaint("kyiv-001", "food-safety")).via()).isEqualTo("rule:everything");
    }

    @Test
    void givenACategoryNoRuleNames_whenAssigned_thenTheDefaultOwnerGroupHasIt() {
        Assignment assignment = first(retailer, complaint("kyiv-001", "other"));

        assertThat(assignment.via()).isEqualTo("default-owner");
        assertThat(assignment.assignee().id()).isIn("lesia", "mykola");
        assertThat(assignment.managers()).extracting(Employee::id).containsExactly("halyna", "taras");
    }

    @Test
    void givenAbsentTargets_whenAssigned_thenTheActingPersonOrTheNearestAboveHasIt() {
        Instant from = SUBMITTED_AT.minus(Duration.ofDays(1));
        Instant until = SUBMITTED_AT.plus(Duration.ofDays(7));
        OrganisationVersion org = retailer()
                .away("roman", from, until, "bohdan")
                .away("oksana", from, until, null)
                .away("serhiy", from, until, "yulia")
                .build();

        Assignment staffActing = first(org, complaint("kyiv-001", "delivery"));
        Assignment roleSkipped = first(org, complaint("kyiv-002", "staff-behaviour"));
        Assignment positionActing = first(org, complaint("kyiv-001", "food-safety"));

        assertThat(staffActing.assignee().id()).isEqualTo("bohdan");
        assertThat(staffActing.positionId()).isEqualTo("kyiv-logistics-coordinator");
        assertThat(staffActing.managers()).extracting(Employee::id).containsExactly("maria", "taras");
        assertThat(roleSkipped.assignee().id()).isEqualTo("dmytro");
        assertThat(roleSkipped.positionId()).isEqualTo("kyiv-region-manager");
        assertThat(positionActing.assignee().id()).isEqualTo("yulia");
        assertThat(positionActing.positionId()).isEqualTo("quality-director");
        assertThat(positionActing.managers()).extracting(Employee::id).containsExactly("taras");
    }

    @Test
    void givenAVacantStoreManagerPosition_whenAssigned_thenItsActingPersonHasItOrElseTheRegionManager() {
        OrganisationVersion acting = retailer()
                .position("lviv-001-manager", position -> heldBy(position, null, "iryna"))
                .withoutPerson("andriy")
                .build();
        OrganisationVersion nobodyActing = retailer()
                .position("lviv-001-manager", position -> heldBy(position, null, null))
                .withoutPerson("andriy")
                .build();

        assertThat(first(acting, complaint("lviv-001", "staff-behaviour")).assignee().id()).isEqualTo("iryna");
        assertThat(first(nobodyActing, complaint("lviv-001", "staff-behaviour")).assignee().id()).isEqualTo("natalia");
    }

    @Test
    void givenTheDefaultOwnerGroupAllAway_whenNoRuleMatches_thenTheTopHasItSoNothingIsLost() {
        Instant from = SUBMITTED_AT.minus(Duration.ofDays(1));
        OrganisationVersion org = retailer()
                .away("lesia", from, null, null)
                .away("mykola", from, null, null)
                .build();

        Assignment assignment = first(org, complaint("kyiv-001", "other"));

        assertThat(assignment.assignee().id()).isEqualTo("taras");
        assertThat(assignment.positionId()).isEqualTo("ceo");
        assertThat(assignment.via()).isEqualTo("top");
        assertThat(assignment.managers()).isEmpty();
    }

    @Test
    void givenAGroupRuleWhoseMembersAreAllAway_whenMatched_thenTheDefaultOwnerHasIt() {
        Instant from = SUBMITTED_AT.minus(Duration.ofDays(1));
        OrganisationVersion org = retailer()
                .away("olena", from, null, null)
                .away("petro", from, null, null)
                .away("sofia", from, null, null)
                .build();

        Assignment assignment = first(org, complaint("kyiv-001", "pricing"));

        assertThat(assignment.assignee().id()).isIn("lesia", "mykola");
        assertThat(assignment.via()).isEqualTo("default-owner");
    }

    @Test
    void givenADefaultOwnerByRoleAndAStoreRoutingDoesNotKnow_whenAssigned_thenTheTopHasIt() {
        OrganisationVersion org = retailer().defaultOwner(role(StoreRole.STORE_MANAGER)).build();

        assertThat(first(org, complaint("kyiv-002", "other")).assignee().id()).isEqualTo("oksana");
        assertThat(first(org, complaint("unknown-store", "other")).assignee().id()).isEqualTo("taras");
    }

    @Test
    void givenTheTopAwayWithNobodyElse_whenNothingElseTakesIt_thenTheTopsHolderStillHasIt() {
        Instant from = SUBMITTED_AT.minus(Duration.ofDays(1));
        OrganisationVersion org = retailer()
                .defaultOwner(group("customer-care"))
                .away("lesia", from, null, null)
                .away("mykola", from, null, null)
                .away("taras", from, null, null)
                .build();

        Assignment assignment = first(org, complaint("kyiv-001", "other"));

        assertThat(assignment.assignee().id()).isEqualTo("taras");
        assertThat(assignment.managers()).isEmpty();
    }

    private Assignment first(OrganisationVersion org, RoutableComplaint complaint) {
        return router.firstAssignment(org, THREE_DAYS_THEN_TWO, complaint, SUBMITTED_AT);
    }

    static RoutableComplaint complaint(String store, String category) {
        return new RoutableComplaint(ComplaintKind.COMPLAINT, Channel.TERMINAL, store, category);
    }
}

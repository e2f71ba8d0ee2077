package com.complaintbook.routing.domain;

import com.complaintbook.routing.domain.organisation.Group;
import com.complaintbook.routing.domain.organisation.Position;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static com.complaintbook.routing.domain.RetailOrganisation.heldBy;
import static com.complaintbook.routing.domain.RetailOrganisation.retailer;
import static com.complaintbook.routing.domain.RouterRulesTest.THREE_DAYS_THEN_TWO;
import static com.complaintbook.routing.domain.RouterRulesTest.complaint;
import static org.assertj.core.api.Assertions.assertThat;

/** A complaint going up the chart as the chart is now. */
class ClimbingTest {

    private static final Instant ESCALATED_AT = Instant.parse("2026-12-07T10:00:00Z");
    private static final Instant A_WEEK_AGO = ESCALATED_AT.minus(Duration.ofDays(7));
    private static final Instant IN_A_WEEK = ESCALATED_AT.plus(Duration.ofDays(7));

    private final Router router = new Router(new InMemoryWorkloads());
    private final OrganisationVersion retailer = RetailOrganisation.version();

    @Test
    void givenAComplaintAtTheServiceDesk_whenItClimbs_thenTheStoreManagerHasItForTheEscalatedPeriod() {
        Assignment assignment = climb(retailer, from("olena", "kyiv-001-desk-1", 1));

        assertThat(assignment.level()).isEqualTo(1);
        assertThat(assignment.assignee().id()).isEqualTo("ivan");
        assertThat(assignment.positionId()).isEqualTo("kyiv-001-manager");
        assertThat(assignment.via()).isEqualTo("climb");
        assertThat(assignment.deadline()).isEqualTo(ESCALATED_AT.plus(Duration.ofDays(2)));
        assertThat(assignment.managers()).extracting(Employee::id).containsExactly("dmytro", "maria", "taras");
    }

    @Test
    void givenAComplaintClimbingStepByStep_whenItReachesTheCeo_thenManagersAreEmptyThereAndNowhereBefore() {
        Set<String> handlers = new HashSet<>(Set.of("olena"));
        String assignee = "olena";
        String position = "kyiv-001-desk-1";
        List<String> chain = new ArrayList<>();
        for (int level = 1; level <= 4; level++) {
            Assignment next = climb(retailer, new ClimbingComplaint(complaint("kyiv-001", "pricing"), level, assignee,
                    position, List.of(), handlers));
            chain.add(next.assignee().id());
            assertThat(next.managers().isEmpty()).isEqualTo(level == 4);
            assignee = next.assignee().id();
            position = next.positionId();
            handlers.add(assignee);
        }

        assertThat(chain).containsExactly("ivan", "dmytro", "maria", "taras");
    }

    @Test
    void givenTheCeoHadIt_whenItClimbsAgain_thenTheCeoKeepsItAsTheTopWithNobodyAbove() {
        Assignment assignment = climb(retailer, new ClimbingComplaint(complaint("kyiv-001", "pricing"), 5, "taras",
                "ceo", List.of(), Set.of("olena", "ivan", "dmytro", "maria", "taras")));

        assertThat(assignment.assignee().id()).isEqualTo("taras");
        assertThat(assignment.positionId()).isEqualTo("ceo");
        assertThat(assignment.via()).isEqualTo("top");
        assertThat(assignment.managers()).isEmpty();
        assertThat(assignment.managerPositionIds()).isEmpty();
    }

    @Test
    void givenAVacantRegionalManagerPosition_whenItClimbsFromTheStore_thenItsActingPersonOrElseTheDirectorHasIt() {
        OrganisationVersion nobodyActing = retailer()
                .position("kyiv-region-manager", position -> heldBy(position, null, null))
                .withoutPerson("dmytro")
                .build();
        OrganisationVersion acting = retailer()
                .position("kyiv-region-manager", position -> heldBy(position, null, "natalia"))
                .withoutPerson("dmytro")
                .build();

        Assignment skipped = climb(nobodyActing, from("ivan", "kyiv-001-manager", 2));
        Assignment actedFor = climb(acting, from("ivan", "kyiv-001-manager", 2));

        assertThat(skipped.assignee().id()).isEqualTo("maria");
        assertThat(skipped.positionId()).isEqualTo("retail-director");
        assertThat(actedFor.assignee().id()).isEqualTo("natalia");
        assertThat(actedFor.positionId()).isEqualTo("kyiv-region-manager");
        assertThat(actedFor.managers()).extracting(Employee::id).containsExactly("maria", "taras");
    }

    @Test
    void givenTheRegionalManagerAway_whenItClimbs_thenTheDeputyNamedInTheAbsenceOrElseTheDirectorHasIt() {
        OrganisationVersion deputy = retailer().away("dmytro", A_WEEK_AGO, IN_A_WEEK, "oksana").build();
        OrganisationVersion nobody = retailer().away("dmytro", A_WEEK_AGO, IN_A_WEEK, null).build();
        OrganisationVersion deputyAwayToo = retailer()
                .away("dmytro", A_WEEK_AGO, IN_A_WEEK, "oksana")
                .away("oksana", A_WEEK_AGO, null, null)
                .build();

        Assignment actedFor = climb(deputy, from("ivan", "kyiv-001-manager", 2));

        assertThat(actedFor.assignee().id()).isEqualTo("oksana");
        assertThat(actedFor.positionId()).isEqualTo("kyiv-region-manager");
        assertThat(climb(nobody, from("ivan", "kyiv-001-manager", 2)).assignee().id()).isEqualTo("maria");
        assertThat(climb(deputyAwayToo, from("ivan", "kyiv-001-manager", 2)).assignee().id()).isEqualTo("maria");
    }

    @Test
    void givenAnAbsenceThatEnded_whenItClimbs_thenThePersonIsBackInTheChain() {
        OrganisationVersion org = retailer().away("dmytro", A_WEEK_AGO, ESCALATED_AT, null).build();

        assertThat(climb(org, from("ivan", "kyiv-001-manager", 2)).assignee().id()).isEqualTo("dmytro");
    }

    @Test
    void givenSomeoneAboveWhoAlreadyHandledIt_whenItClimbs_thenTheyAreSkippedAndLeftOutOfTheManagers() {
        Assignment assignment = climb(retailer, new ClimbingComplaint(complaint("kyiv-001", "pricing"), 2, "ivan",
                "kyiv-001-manager", List.of(), Set.of("dmytro", "ivan")));
        Assignment managersSkipHandlers = climb(retailer, new ClimbingComplaint(complaint("kyiv-001", "pricing"), 1,
                "olena", "kyiv-001-desk-1", List.of(), Set.of("olena", "maria")));

        assertThat(assignment.assignee().id()).isEqualTo("maria");
        assertThat(managersSkipHandlers.assignee().id()).isEqualTo("ivan");
        assertThat(managersSkipHandlers.managers()).extracting(Employee::id).containsExactly("dmytro", "taras");
    }

    @Test
    void givenAnActingPersonWhoAlreadyHandledIt_whenItClimbs_thenThePositionTheyActForIsSkipped() {
        OrganisationVersion org = retailer().away("dmytro", A_WEEK_AGO, IN_A_WEEK, "oksana").build();

        Assignment assignment = climb(org, new ClimbingComplaint(complaint("kyiv-001", "pricing"), 2, "ivan",
                "kyiv-001-manager", List.of(), Set.of("oksana", "ivan")));

        assertThat(assignment.assignee().id()).isEqualTo("maria");
    }

    @Test
    void givenTheNextManagerWasReplacedSinceTheLastStep_whenItClimbs_thenThePositionsNewHolderHasIt() {
        OrganisationVersion org = retailer().replaced("kyiv-region-manager", "vasyl").build();

        Assignment assignment = climb(org, new ClimbingComplaint(complaint("kyiv-001", "pricing"), 2, "ivan",
                "kyiv-001-manager", List.of("kyiv-region-manager", "retail-director", "ceo"), Set.of("ivan")));

        assertThat(assignment.assignee().id()).isEqualTo("vasyl");
        assertThat(assignment.positionId()).isEqualTo("kyiv-region-manager");
    }

    @Test
    void givenThePreviousAssigneeLeftAndTheirPositionHasANewHolder_whenItClimbs_thenItGoesAboveThePositionNotToTheNewcomer() {
        OrganisationVersion org = retailer().replaced("kyiv-001-manager", "stepan").build();

        Assignment assignment = climb(org, from("ivan", "kyiv-001-manager", 2));

        assertThat(assignment.assignee().id()).isEqualTo("dmytro");
    }

    @Test
    void givenThePreviousPositionWasRemoved_whenItClimbs_thenTheNearestRememberedPositionAboveThatStillExistsHasIt() {
        OrganisationVersion org = retailer()
                .withoutPosition("kyiv-001-desk-1")
                .withoutPerson("olena")
                .group(new Group("kyiv-001-service-desk",
                        "Kyiv Khreshchatyk service desk", List.of("petro", "sofia")))
                .build();

        Assignment assignment = climb(org, new ClimbingComplaint(complaint("kyiv-001", "pricing"), 1, "olena",
                "kyiv-001-desk-1", List.of("kyiv-001-deputy", "kyiv-001-manager", "kyiv-region-manager"),
                Set.of("olena")));

        assertThat(assignment.assignee().id()).isEqualTo("ivan");
        assertThat(assignment.positionId()).isEqualTo("kyiv-001-manager");
        assertThat(assignment.managers()).extracting(Employee::id).containsExactly("dmytro", "maria", "taras");
    }

    @Test
    void givenNoRememberedPosition_whenItClimbs_thenItGoesAboveThePreviousAssigneesCurrentPosition() {
        Assignment assignment = climb(retailer, new ClimbingComplaint(complaint("kyiv-001", "pricing"), 1, "petro",
                null, List.of(), Set.of("petro")));

        assertThat(assignment.assignee().id()).isEqualTo("ivan");
    }

    @Test
    void givenAKeptPositionGoneWithEverythingRememberedAboveIt_whenAStandInBelowAnswered_thenTheTopHasItNotTheirOwnChain() {
        OrganisationVersion org = retailer().withoutPosition("kyiv-001-desk-1").withoutPerson("olena")
                .group(new Group("kyiv-001-service-desk", "Kyiv Khreshchatyk service desk", List.of("petro", "sofia")))
                .build();

        Assignment assignment = climb(org, new ClimbingComplaint(complaint("kyiv-001", "pricing"), 1, "petro",
                "kyiv-001-desk-1", List.of("gone-deputy"), Set.of("olena", "petro")));

        assertThat(assignment.assignee().id()).as("petro's own position is beside the one the complaint stood in")
                .isEqualTo("taras");
    }

    @Test
    void givenAPreviousAssigneeNobodyKnowsAnyMore_whenItClimbs_thenTheTopHasIt() {
        Assignment assignment = climb(retailer, new ClimbingComplaint(complaint("kyiv-001", "pricing"), 1,
                "left-the-company", null, List.of(), Set.of("left-the-company")));

        assertThat(assignment.assignee().id()).isEqualTo("taras");
        assertThat(assignment.managers()).isEmpty();
    }

    @Test
    void givenEveryoneAboveHandledOrAway_whenItClimbs_thenItNeverGoesBelowButToTheTop() {
        OrganisationVersion org = retailer().away("maria", A_WEEK_AGO, IN_A_WEEK, null).build();

        Assignment assignment = climb(org, new ClimbingComplaint(complaint("kyiv-001", "pricing"), 3, "dmytro",
                "kyiv-region-manager", List.of(), Set.of("ivan", "dmytro", "taras")));

        assertThat(assignment.assignee().id()).isEqualTo("taras");
        assertThat(assignment.via()).isEqualTo("top");
        assertThat(assignment.managers()).isEmpty();
    }

    @Test
    void givenTheCeoAwayWithNobodyActing_whenTheDirectorHasIt_thenNobodyIsAboveAndTheManagersAreEmpty() {
        OrganisationVersion org = retailer().away("taras", A_WEEK_AGO, IN_A_WEEK, null).build();

        Assignment assignment = climb(org, from("dmytro", "kyiv-region-manager", 2));

        assertThat(assignment.assignee().id()).isEqualTo("maria");
        assertThat(assignment.managers()).isEmpty();
    }

    @Test
    void givenTheVersion_whenAskedForTheChain_thenPositionsAboveEndAtTheTop() {
        assertThat(retailer.positionsAbove("kyiv-001-desk-3")).extracting(Position::id)
                .containsExactly("kyiv-001-manager", "kyiv-region-manager", "retail-director", "ceo");
        assertThat(retailer.positionsAbove("ceo")).isEmpty();
    }

    private Assignment climb(OrganisationVersion org, ClimbingComplaint complaint) {
        return router.escalatedAssignment(org, THREE_DAYS_THEN_TWO, complaint, ESCALATED_AT);
    }

    private static ClimbingComplaint from(String previousAssignee, String previousPosition, int toLevel) {
        return new ClimbingComplaint(complaint("kyiv-001", "pricing"), toLevel, previousAssignee, previousPosition,
                List.of(), Set.of(previousAssignee));
    }
}

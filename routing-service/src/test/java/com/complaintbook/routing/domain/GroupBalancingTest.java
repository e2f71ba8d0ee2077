package com.complaintbook.routing.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import static com.complaintbook.routing.domain.RetailOrganisation.retailer;
import static com.complaintbook.routing.domain.RouterRulesTest.SUBMITTED_AT;
import static com.complaintbook.routing.domain.RouterRulesTest.THREE_DAYS_THEN_TWO;
import static com.complaintbook.routing.domain.RouterRulesTest.complaint;
import static org.assertj.core.api.Assertions.assertThat;

/** The kyiv-001 service desk (olena, petro, sofia) sharing pricing complaints. */
class GroupBalancingTest {

    private final InMemoryWorkloads workloads = new InMemoryWorkloads();
    private final Router router = new Router(workloads);
    private final OrganisationVersion retailer = RetailOrganisation.version();

    @Test
    void givenOneMemberWithFewerOpenComplaints_whenAssigned_thenThatMemberHasItWithoutATicketTaken() {
        workloads.open("olena", 4).open("petro", 1).open("sofia", 2);

        Assignment assignment = pricing(retailer);

        assertThat(assignment.assignee().id()).isEqualTo("petro");
        assertThat(assignment.positionId()).isEqualTo("kyiv-001-desk-2");
        assertThat(assignment.managers()).extracting(Employee::id).containsExactly("ivan", "dmytro", "maria", "taras");
        assertThat(workloads.nextTicket("kyiv-001-service-desk")).isZero();
    }

    @Test
    void givenSixComplaintsOneAfterAnother_whenEachOneOpensForItsAssignee_thenTheDeskSharesThemTwoTwoTwo() {
        List<String> assignees = new ArrayList<>();
        for (int complaint = 0; complaint < 6; complaint++) {
            String assignee = pricing(retailer).assignee().id();
            workloads.assigned(assignee);
            assignees.add(assignee);
        }

        assertThat(shares(assignees)).containsOnly(Map.entry("olena", 2L), Map.entry("petro", 2L),
                Map.entry("sofia", 2L));
    }

    @Test
    void givenATieBetweenTwoOfThree_whenAssignedRepeatedly_thenTheTicketsAlternateBetweenTheTiedInIdOrder() {
        workloads.open("olena", 3).open("petro", 1).open("sofia", 1);

        List<String> assignees = List.of(pricing(retailer).assignee().id(), pricing(retailer).assignee().id(),
                pricing(retailer).assignee().id());

        assertThat(assignees).containsExactly("petro", "sofia", "petro");
    }

    @Test
    void givenAnAbsentMember_whenAssigned_thenOnlyThePresentOnesShareEvenIfTheAbsentHasFewest() {
        OrganisationVersion org = retailer()
                .away("olena", SUBMITTED_AT.minus(Duration.ofDays(2)), SUBMITTED_AT.plus(Duration.ofDays(2)), null)
                .build();
        workloads.open("olena", 0).open("petro", 5).open("sofia", 5);

        List<String> assignees = List.of(pricing(org).assignee().id(), pricing(org).assignee().id(),
                pricing(org).assignee().id(), pricing(org).assignee().id());

        assertThat(assignees).containsExactly("petro", "sofia", "petro", "sofia");
    }

    @Test
    void givenAnAbsenceThatEnded_whenAssigned_thenTheMemberIsBackInTheShare() {
        OrganisationVersion org = retailer()
                .away("olena", SUBMITTED_AT.minus(Duration.ofDays(9)), SUBMITTED_AT.minus(Duration.ofDays(1)), null)
                .build();
        workloads.open("petro", 1).open("sofia", 1);

        assertThat(pricing(org).assignee().id()).isEqualTo("olena");
    }

    @Test
    void given300SimultaneousComplaintsFromSixThreads_whenAllTied_thenEachMemberGetsExactly100() throws Exception {
        workloads.open("olena", 2).open("petro", 2).open("sofia", 2);
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            List<Callable<String>> decisions = new ArrayList<>();
            for (int complaint = 0; complaint < 300; complaint++) {
                decisions.add(() -> pricing(retailer).assignee().id());
            }
            List<String> assignees = new ArrayList<>();
            for (Future<String> decision : threads.invokeAll(decisions)) {
                assignees.add(decision.get());
            }

            assertThat(shares(assignees)).containsOnly(Map.entry("olena", 100L), Map.entry("petro", 100L),
                    Map.entry("sofia", 100L));
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void given300SimultaneousComplaintsThatOpenForTheirAssignees_whenDecided_thenNobodyEndsFarAheadOfTheOthers()
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            List<Callable<String>> decisions = new ArrayList<>();
            for (int complaint = 0; complaint < 300; complaint++) {
                decisions.add(() -> {
                    String assignee = pricing(retailer).assignee().id();
                    workloads.assigned(assignee);
                    return assignee;
                });
            }
            threads.invokeAll(decisions);

            Collection<Long> open = workloads.openComplaints(List.of("olena", "petro", "sofia")).values();
            assertThat(open.stream().mapToLong(Long::longValue).sum()).isEqualTo(300);
            // Deciding and opening are two steps, so simultaneous callers may read the same counts;
            // the spread stays within the number of callers that can overlap.
            assertThat(open).allSatisfy(count -> assertThat(count).isBetween(100L - 6, 100L + 6));
        } finally {
            threads.shutdownNow();
        }
    }

    private static Map<String, Long> shares(List<String> assignees) {
        return assignees.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private Assignment pricing(OrganisationVersion org) {
        return router.firstAssignment(org, THREE_DAYS_THEN_TWO, complaint("kyiv-001", "pricing"), SUBMITTED_AT);
    }
}

package com.complaintbook.escalation.adapters.out.mongo;

import com.complaintbook.escalation.application.TimerStore;
import com.complaintbook.escalation.domain.ComplaintDeadline;
import com.complaintbook.escalation.domain.DueTimer;
import com.complaintbook.escalation.domain.Firing;
import com.complaintbook.escalation.domain.TimerKind;
import com.complaintbook.escalation.domain.DeadlineChange;
import com.complaintbook.escalation.domain.DeadlineState;
import com.complaintbook.escalation.domain.NextAction;
import com.complaintbook.kit.test.InMemoryMongo;
import com.complaintbook.escalation.application.EscalationMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The sequence guard, the claims and the marks against a real MongoDB wire-protocol server. */
class MongoDeadlineStoreIT {

    private static final Instant DEADLINE = Instant.parse("2026-11-25T09:15:30Z");
    private static final int PARTITION = 2;

    @RegisterExtension
    static final InMemoryMongo MONGO = new InMemoryMongo();

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private MongoTemplate mongo;
    private MongoDeadlineStore store;
    private final String complaint = UUID.randomUUID().toString();

    @BeforeEach
    void newStore() {
        mongo = MONGO.freshDatabase("escalation");
        store = new MongoDeadlineStore(mongo, new EscalationMetrics(meters));
        store.createIndexes();
    }

    @Test
    void givenNoDocument_whenAnAssignmentIsApplied_thenTheDeadlineIsOpen() {
        assertThat(store.apply(opened(1, 0, DEADLINE))).isTrue();

        assertThat(store.find(complaint)).contains(
                new ComplaintDeadline(complaint, 0, "e-delivery-lead", DEADLINE, DeadlineState.OPEN, 1,
                        NextAction.breachAt(DEADLINE), null, false));
    }

    @Test
    void givenTheSameEventTwice_whenApplied_thenTheSecondChangesNothing() {
        store.apply(opened(1, 0, DEADLINE));

        assertThat(store.apply(opened(1, 0, DEADLINE))).isFalse();
        assertThat(store.find(complaint).orElseThrow().lastSequence()).isEqualTo(1);
    }

    @Test
    void givenAnAnsweredComplaint_whenItsOlderAssignmentArrivesAgain_thenItStaysAnswered() {
        store.apply(opened(1, 0, DEADLINE));
        store.apply(new DeadlineChange.Closed(complaint, 2, PARTITION, 0, DeadlineState.ANSWERED, null));

        assertThat(store.apply(opened(1, 0, DEADLINE))).isFalse();
        assertThat(store.find(complaint).orElseThrow())
                .extracting(ComplaintDeadline::state, ComplaintDeadline::lastSequence)
                .containsExactly(DeadlineState.ANSWERED, 2L);
    }

    @Test
    void givenASupersededDeadline_whenTheNextLevelIsAssigned_thenItReopensThereKeepingNothingOld() {
        store.apply(opened(1, 0, DEADLINE));
        store.apply(new DeadlineChange.Closed(complaint, 2, PARTITION, 0, DeadlineState.SUPERSEDED, null));
        Instant later = DEADLINE.plusSeconds(172_800);

        assertThat(store.apply(opened(complaint, 3, 1, "m-logistics", later))).isTrue();

        assertThat(store.find(complaint)).contains(
                new ComplaintDeadline(complaint, 1, "m-logistics", later, DeadlineState.OPEN, 3,
                        NextAction.breachAt(later), null, false));
    }

    @Test
    void givenAClosingEventWithoutAnyAssignmentSeen_whenApplied_thenItIsRecordedClosed() {
        assertThat(store.apply(new DeadlineChange.Closed(complaint, 2, PARTITION, 0, DeadlineState.REJECTED, null))).isTrue();

        assertThat(store.find(complaint)).contains(
                new ComplaintDeadline(complaint, 0, null, null, DeadlineState.REJECTED, 2, null, null, false));
    }

    @Test
    void givenDeadlinesInSeveralStates_whenAskedForOpenOnesDueBeforeAMoment_thenOnlyThoseComeEarliestFirst() {
        String later = UUID.randomUUID().toString();
        String earlier = UUID.randomUUID().toString();
        String notYetDue = UUID.randomUUID().toString();
        String answered = UUID.randomUUID().toString();
        store.apply(opened(later, 1, 0, "e-quality", DEADLINE.plusSeconds(60)));
        store.apply(opened(earlier, 1, 0, "e-quality", DEADLINE));
        store.apply(opened(notYetDue, 1, 0, "e-quality", DEADLINE.plusSeconds(3600)));
        store.apply(opened(answered, 1, 0, "e-quality", DEADLINE));
        store.apply(new DeadlineChange.Closed(answered, 2, PARTITION, 0, DeadlineState.ANSWERED, null));

        assertThat(store.find(DeadlineState.OPEN, DEADLINE.plusSeconds(61), 10))
                .extracting(ComplaintDeadline::complaintId)
                .containsExactly(earlier, later);
        assertThat(store.find(DeadlineState.OPEN, null, 1))
                .extracting(ComplaintDeadline::complaintId)
                .containsExactly(earlier);
    }

    @Test
    void givenADueTimer_whenTwoInstancesClaimIt_thenOnlyOneWins() {
        store.apply(opened(1, 0, DEADLINE));
        DueTimer timer = onlyDue();

        TimerStore.Claim first = store.claim(List.of(timer), "instance-a", DEADLINE, DEADLINE.plusSeconds(30));
        TimerStore.Claim second = store.claim(List.of(timer), "instance-b", DEADLINE.plusSeconds(1),
                DEADLINE.plusSeconds(31));

        assertThat(first.won()).containsExactly(timer);
        assertThat(second.won()).isEmpty();
        assertThat(onlyDue().claimedUntil()).isEqualTo(DEADLINE.plusSeconds(30));
    }

    @Test
    void givenAClaimWhoseLeaseRanOut_whenAnotherInstanceClaims_thenItWinsAndTheFirstOnesMarkChangesNothing() {
        store.apply(opened(1, 0, DEADLINE));
        DueTimer timer = onlyDue();
        TimerStore.Claim stalled = store.claim(List.of(timer), "instance-a", DEADLINE, DEADLINE.plusSeconds(30));

        TimerStore.Claim taken = store.claim(List.of(timer), "instance-b", DEADLINE.plusSeconds(30),
                DEADLINE.plusSeconds(60));
        assertThat(taken.won()).containsExactly(timer);

        store.mark(stalled.claimId(), List.of(firing(timer, TimerKind.WARN)));
        assertThat(store.find(complaint).orElseThrow().next()).isEqualTo(NextAction.breachAt(DEADLINE));
        store.mark(taken.claimId(), List.of(firing(timer, TimerKind.BREACH)));
        assertThat(store.find(complaint).orElseThrow().next()).isNull();
        assertThat(store.dueBefore(List.of(PARTITION), DEADLINE.plusSeconds(3600))).isEmpty();
    }

    @Test
    void givenAClaimInFlight_whenANewerEventArrives_thenTheEventWinsAndTheMarkChangesNothing() {
        Instant assignedAt = DEADLINE.minusSeconds(4 * 3600);
        store.apply(new DeadlineChange.Opened(complaint, 1, PARTITION, 0, "e-delivery-lead", DEADLINE,
                NextAction.afterAssignment(assignedAt, DEADLINE, 0.75)));
        DueTimer warning = onlyDue();
        TimerStore.Claim claim = store.claim(List.of(warning), "instance-a", DEADLINE, DEADLINE.plusSeconds(30));
        assertThat(claim.won()).containsExactly(warning);

        Instant appealDeadline = DEADLINE.plusSeconds(86_400);
        store.apply(new DeadlineChange.Closed(complaint, 2, PARTITION, 0, DeadlineState.ANSWERED, appealDeadline));
        store.mark(claim.claimId(), List.of(firing(warning, TimerKind.WARN)));

        assertThat(store.find(complaint).orElseThrow())
                .extracting(ComplaintDeadline::state, ComplaintDeadline::next, ComplaintDeadline::appealDeadline)
                .containsExactly(DeadlineState.ANSWERED, NextAction.appealCloseAt(appealDeadline), appealDeadline);
        assertThat(store.claim(List.of(warning), "instance-a", DEADLINE, DEADLINE.plusSeconds(30)).won())
                .as("the timer as it was read is gone").isEmpty();
        DueTimer close = store.dueBefore(List.of(PARTITION), appealDeadline.plusSeconds(1)).get(0);
        assertThat(close.claimedUntil()).as("the event let go of the claim").isNull();
        assertThat(store.claim(List.of(close), "instance-b", appealDeadline, appealDeadline.plusSeconds(30)).won())
                .containsExactly(close);
    }

    @Test
    void givenTimersOnSeveralPartitions_whenLoaded_thenOnlyThoseOfTheAskedPartitionsAndDueBeforeTheMomentCome() {
        String elsewhere = UUID.randomUUID().toString();
        String later = UUID.randomUUID().toString();
        store.apply(opened(1, 0, DEADLINE));
        store.apply(new DeadlineChange.Opened(elsewhere, 1, PARTITION + 1, 0, "e-quality", DEADLINE,
                NextAction.breachAt(DEADLINE)));
        store.apply(opened(later, 1, 0, "e-quality", DEADLINE.plusSeconds(600)));

        assertThat(store.dueBefore(List.of(PARTITION), DEADLINE.plusSeconds(1)))
                .extracting(DueTimer::complaintId).containsExactly(complaint);
        assertThat(store.countOpen()).isEqualTo(3);
    }

    @Test
    void givenDocumentsThatCannotBeReadAsTimers_whenLoaded_thenTheyAreSkippedAndCountedAndTheRestCome() {
        store.apply(opened(1, 0, DEADLINE));
        mongo.insert(new Document("_id", "c-unknown-action").append("partition", PARTITION).append("lastSequence", 1)
                .append("level", 0).append("action", "SNOOZE").append("actionDueAt", Date.from(DEADLINE))
                .append("actionDeadline", Date.from(DEADLINE)), "deadlines");
        mongo.insert(new Document("_id", "c-no-level").append("partition", PARTITION).append("lastSequence", 1)
                .append("action", "BREACH").append("actionDueAt", Date.from(DEADLINE))
                .append("actionDeadline", Date.from(DEADLINE)), "deadlines");

        assertThat(store.dueBefore(List.of(PARTITION), DEADLINE.plusSeconds(1)))
                .extracting(DueTimer::complaintId).containsExactly(complaint);
        assertThat(store.timers(List.of(complaint, "c-unknown-action", "c-no-level"), null))
                .extracting(DueTimer::complaintId).containsExactly(complaint);
        assertThat(meters.counter("complaintbook.escalation.timers.unreadable").count()).isEqualTo(4);
    }

    @Test
    void givenThisInstancesOwnClaim_whenLoaded_thenItReadsAsNoneAndAnotherInstancesAsItsLease() {
        store.apply(opened(1, 0, DEADLINE));
        store.claim(List.of(onlyDue()), "instance-a", DEADLINE, DEADLINE.plusSeconds(60));
        List<DueTimer> ownView = new ArrayList<>();
        store.due(List.of(PARTITION), DEADLINE.minusSeconds(1), DEADLINE.plusSeconds(1), "instance-a", ownView::addAll);

        assertThat(ownView).singleElement().extracting(DueTimer::claimedUntil).isNull();
        assertThat(store.timers(List.of(complaint), "instance-b")).singleElement()
                .extracting(DueTimer::claimedUntil).isEqualTo(DEADLINE.plusSeconds(60));
        List<DueTimer> later = new ArrayList<>();
        store.due(List.of(PARTITION), DEADLINE.plusSeconds(1), DEADLINE.plusSeconds(3600), null, later::addAll);
        assertThat(later).as("read from where the last load ended").isEmpty();
    }

    private DueTimer onlyDue() {
        List<DueTimer> due = store.dueBefore(List.of(PARTITION), DEADLINE.plusSeconds(3600));
        assertThat(due).hasSize(1);
        return due.get(0);
    }

    private static Firing firing(DueTimer timer, TimerKind kind) {
        return new Firing(timer, kind, DEADLINE);
    }

    private DeadlineChange.Opened opened(long sequence, int level, Instant deadline) {
        return opened(complaint, sequence, level, "e-delivery-lead", deadline);
    }

    private static DeadlineChange.Opened opened(String complaint, long sequence, int level, String assignee,
                                                Instant deadline) {
        return new DeadlineChange.Opened(complaint, sequence, PARTITION, level, assignee, deadline,
                NextAction.breachAt(deadline));
    }
}

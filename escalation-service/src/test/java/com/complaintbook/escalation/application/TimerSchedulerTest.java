package com.complaintbook.escalation.application;

import com.complaintbook.contracts.ClosureReason;
import com.complaintbook.contracts.EscalationReason;
import com.complaintbook.contracts.StaffMember;
import com.complaintbook.contracts.events.ComplaintAnswered;
import com.complaintbook.contracts.events.ComplaintAssigned;
import com.complaintbook.contracts.events.ComplaintClosed;
import com.complaintbook.contracts.events.ComplaintDeadlineApproaching;
import com.complaintbook.contracts.events.ComplaintDeadlineMissedAtTop;
import com.complaintbook.contracts.events.ComplaintEscalated;
import com.complaintbook.contracts.events.EventEnvelope;
import com.complaintbook.escalation.domain.Breach;
import com.complaintbook.escalation.domain.DueTimer;
import com.complaintbook.escalation.domain.Firing;
import com.complaintbook.escalation.domain.TimerKind;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The scheduler with the recorder in front of it, the store's rules in memory, a broker that takes
 * what it is sent, and a clock the test moves. Each test plays a complaint's stream and the passing
 * of time, and looks at the commands that went out.
 */
class TimerSchedulerTest {

    private static final Instant START = Instant.parse("2026-11-20T09:00:00Z");
    private static final Duration PERIOD = Duration.ofHours(4);
    private static final int PARTITION = 1;
    private static final String COMPLAINT = "3f6c2a1e-8d4b-4c57-9a0e-5b7d1f2c9e41";
    private static final StaffMember LEAD = new StaffMember("e-delivery-lead", "Ivan Petrenko", "ivan.petrenko@retail.example");
    private static final StaffMember MANAGER = new StaffMember("m-logistics", "Oksana Tkachenko", "oksana.tkachenko@retail.example");
    private static final StaffMember CEO = new StaffMember("ceo", "Taras Bondarenko", "taras.bondarenko@retail.example");
    private static final TimerScheduler.Settings SETTINGS = new TimerScheduler.Settings(Duration.ofMinutes(2),
            Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofSeconds(30), 500, Duration.ofSeconds(1), Duration.ofSeconds(30));

    private final MovableClock clock = new MovableClock(START);
    private final InMemoryDeadlines store = new InMemoryDeadlines();
    private final InMemoryBreaches breaches = new InMemoryBreaches();
    private final SentCommands broker = new SentCommands();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final EscalationMetrics metrics = new EscalationMetrics(meters);
    private final TimerScheduler scheduler = new TimerScheduler(store, broker, metrics, clock, "instance-a", SETTINGS);
    private DeadlineRecorder recorder = new DeadlineRecorder(store, breaches, scheduler, metrics, 0.75);
    private long sequence;

    @BeforeEach
    void ownThePartition() {
        scheduler.assigned(List.of(PARTITION));
        scheduler.tick();
    }

    @Test
    void givenAnUnansweredComplaint_whenItsDeadlinePasses_thenExactlyOneEscalationIsSent() {
        withoutWarnings();
        Instant deadline = assign(0, LEAD, List.of(MANAGER, CEO));

        passUntil(deadline.minusMillis(1));
        assertThat(broker.all()).isEmpty();

        passUntil(deadline.plus(Duration.ofMinutes(10)));

        assertThat(broker.commandIds()).containsExactly(COMPLAINT + ":breach:0");
        Firing breach = broker.all().get(0);
        assertThat(breach.deadline()).isEqualTo(deadline);
        assertThat(breach.issuedAt()).isEqualTo(deadline);
        assertThat(store.find(COMPLAINT).orElseThrow().next()).isNull();
        assertThat(meters.timer("complaintbook.escalation.lateness", "kind", "breach").count()).isEqualTo(1);
        assertThat(firedWithinOneSecond("breach")).isEqualTo(1);
    }

    @Test
    void givenAnAnswerInTheDeadlinesLastMillisecond_whenTheDeadlinePasses_thenNothingIsEscalated() {
        withoutWarnings();
        Instant deadline = assign(0, LEAD, List.of(MANAGER, CEO));
        passUntil(deadline.minusMillis(1));

        answer(0, deadline.plus(Duration.ofDays(14)));
        passUntil(deadline.plus(Duration.ofHours(1)));

        assertThat(broker.ofKind(TimerKind.BREACH)).isEmpty();
        assertThat(broker.all()).isEmpty();
    }

    @Test
    void givenAWarningPoint_whenItPasses_thenTheAssigneeIsWarnedOnceAndTheBreachFollowsAtTheDeadline() {
        Instant deadline = assign(0, LEAD, List.of(MANAGER, CEO));
        Instant warning = START.plus(PERIOD.multipliedBy(3).dividedBy(4));

        passUntil(warning.minusMillis(1));
        assertThat(broker.all()).isEmpty();
        passUntil(warning);
        assertThat(broker.commandIds()).containsExactly(COMPLAINT + ":warn:0");
        assertThat(broker.all().get(0).deadline()).isEqualTo(deadline);

        // The aggregate records the warning; the event comes back through the stream.
        record(sequence -> recorder.deadlineApproaching(event(sequence, new ComplaintDeadlineApproaching(COMPLAINT, 0,
                LEAD, deadline, MANAGER, warning)), PARTITION));
        passUntil(deadline.minusMillis(1));
        assertThat(broker.commandIds()).containsExactly(COMPLAINT + ":warn:0");

        passUntil(deadline.plusSeconds(5));
        assertThat(broker.commandIds()).containsExactly(COMPLAINT + ":warn:0", COMPLAINT + ":breach:0");
        assertThat(meters.counter("complaintbook.escalation.warnings").count()).isEqualTo(1);
    }

    @Test
    void givenAWarningWhoseEventIsSlow_whenTheDeadlinePasses_thenTheBreachStillFollowsFromTheMark() {
        Instant deadline = assign(0, LEAD, List.of(MANAGER, CEO));

        passUntil(deadline.plusSeconds(1));

        assertThat(broker.commandIds()).containsExactly(COMPLAINT + ":warn:0", COMPLAINT + ":breach:0");
    }

    @Test
    void givenAServiceDownPastBothTheWarningAndTheDeadline_whenItActs_thenItEscalatesWithoutWarning() {
        Instant deadline = assign(0, LEAD, List.of(MANAGER, CEO));

        clock.set(deadline.plus(Duration.ofMinutes(3)));
        scheduler.tick();
        scheduler.tick();

        assertThat(broker.commandIds()).containsExactly(COMPLAINT + ":breach:0");
        assertThat(broker.all().get(0).timer().kind()).isEqualTo(TimerKind.WARN);
    }

    @Test
    void givenAnAnsweredComplaint_whenItsAppealWindowPasses_thenItIsClosedOnce() {
        withoutWarnings();
        assign(0, LEAD, List.of(MANAGER, CEO));
        Instant appealDeadline = clock.instant().plus(Duration.ofHours(1));
        answer(0, appealDeadline);

        passUntil(appealDeadline.minusMillis(1));
        assertThat(broker.all()).isEmpty();
        passUntil(appealDeadline.plus(Duration.ofMinutes(5)));

        assertThat(broker.commandIds()).containsExactly(COMPLAINT + ":appeal-close:0");
        assertThat(broker.all().get(0).deadline()).isEqualTo(appealDeadline);

        record(sequence -> recorder.complaintClosed(event(sequence, new ComplaintClosed(COMPLAINT,
                ClosureReason.APPEAL_WINDOW_PASSED, appealDeadline)), PARTITION));
        assertThat(meters.counter("complaintbook.escalation.appeal.windows.closed").count()).isEqualTo(1);
        assertThat(store.find(COMPLAINT).orElseThrow().next()).isNull();
    }

    @Test
    void givenAFinalAnswer_whenTimePasses_thenNothingIsLeftToClose() {
        withoutWarnings();
        assign(0, CEO, List.of());
        record(sequence -> recorder.complaintAnswered(event(sequence, new ComplaintAnswered(COMPLAINT, CEO.id(), 0,
                "No.", null, true, null, clock.instant())), PARTITION));

        passUntil(clock.instant().plus(Duration.ofDays(30)));

        assertThat(broker.all()).isEmpty();
    }

    @Test
    void givenNobodyAnswers_whenEachDeadlinePasses_thenTheComplaintClimbsToTheTopAndStopsThere() {
        withoutWarnings();
        Instant first = assign(0, LEAD, List.of(MANAGER, CEO));
        passUntil(first);
        escalated(0, LEAD, first);
        Instant second = assign(1, MANAGER, List.of(CEO));
        passUntil(second);
        escalated(1, MANAGER, second);
        Instant third = assign(2, CEO, List.of());
        passUntil(third);

        // At the top, escalation still sends the breach: the aggregate decides it climbs nowhere.
        assertThat(broker.commandIds()).containsExactly(
                COMPLAINT + ":breach:0", COMPLAINT + ":breach:1", COMPLAINT + ":breach:2");
        record(sequence -> recorder.deadlineMissedAtTop(event(sequence, new ComplaintDeadlineMissedAtTop(COMPLAINT, 2,
                CEO, third, third)), PARTITION));
        passUntil(third.plus(Duration.ofDays(1)));

        assertThat(broker.commandIds()).hasSize(3);
        assertThat(store.find(COMPLAINT).orElseThrow().overdueAtTop()).isTrue();
        assertThat(breaches.find(null, null, null, 10)).extracting(Breach::level, Breach::top)
                .containsExactly(tuple(0, false),
                        tuple(1, false), tuple(2, true));
        assertThat(meters.counter("complaintbook.escalation.breaches", "level", "2", "top", "true").count())
                .isEqualTo(1);
    }

    @Test
    void givenAPartitionThisInstanceDoesNotOwn_whenItsDeadlinePasses_thenThisInstanceSendsNothing() {
        withoutWarnings();
        scheduler.revoked(List.of(PARTITION));
        Instant deadline = assign(0, LEAD, List.of(MANAGER, CEO));

        passUntil(deadline.plusSeconds(60));
        assertThat(broker.all()).isEmpty();

        scheduler.assigned(List.of(PARTITION));
        scheduler.tick();
        scheduler.tick();
        assertThat(broker.commandIds()).containsExactly(COMPLAINT + ":breach:0");
    }

    @Test
    void givenATimerAnotherInstanceClaimed_whenItsLeaseRunsOut_thenThisInstanceFiresItOnce() {
        withoutWarnings();
        Instant deadline = assign(0, LEAD, List.of(MANAGER, CEO));
        store.claimedElsewhere(COMPLAINT, deadline.plusSeconds(30));

        passUntil(deadline.plusSeconds(29));
        assertThat(broker.all()).isEmpty();
        // Late from the deadline, not from when the other instance's claim lets it run.
        assertThat(meters.get("complaintbook.escalation.timers.due.oldest.age").gauge().value()).isEqualTo(29.0);

        passUntil(deadline.plusSeconds(70));
        assertThat(broker.commandIds()).containsExactly(COMPLAINT + ":breach:0");
    }

    @Test
    void givenTimersDueBeyondTheHorizon_whenTheyComeWithinIt_thenTheLoaderPicksThemUp() {
        withoutWarnings();
        Instant deadline = assign(0, LEAD, List.of(MANAGER, CEO));
        assertThat(scheduler.scheduled()).isZero();

        passUntil(deadline.minus(Duration.ofSeconds(90)));
        assertThat(scheduler.scheduled()).isEqualTo(1);

        passUntil(deadline);
        assertThat(broker.commandIds()).containsExactly(COMPLAINT + ":breach:0");
        assertThat(scheduler.scheduled()).isZero();
    }

    @Test
    void givenMongoAway_whenADeadlinePasses_thenFiringFailsVisiblyAndTheBreachIsSentOnceItIsBack() {
        withoutWarnings();
        Instant deadline = assign(0, LEAD, List.of(MANAGER, CEO));
        passUntil(deadline.minusSeconds(10));

        store.away = true;
        passUntil(deadline.plusSeconds(20));
        assertThat(broker.all()).isEmpty();
        assertThat(scheduler.failure()).isPresent();
        assertThat(meters.counter("complaintbook.escalation.timers.fire.failures").count()).isGreaterThan(1);
        assertThat(meters.get("complaintbook.escalation.timers.failing").gauge().value()).isEqualTo(1.0);
        assertThat(meters.get("complaintbook.escalation.timers.due.oldest.age").gauge().value()).isEqualTo(20.0);

        store.away = false;
        passUntil(deadline.plusSeconds(60));
        assertThat(broker.commandIds()).containsExactly(COMPLAINT + ":breach:0");
        assertThat(scheduler.failure()).isEmpty();
        assertThat(meters.get("complaintbook.escalation.timers.failing").gauge().value()).isZero();
        // Late: counted as such by the exact bucket at the promise (the alert EscalationLate).
        assertThat(meters.timer("complaintbook.escalation.lateness", "kind", "breach").count()).isEqualTo(1);
        assertThat(firedWithinOneSecond("breach")).isZero();
    }

    @Test
    void givenTheBrokerAway_whenADeadlinePasses_thenTheBreachIsKeptAndSentOnceItIsBack() {
        withoutWarnings();
        Instant deadline = assign(0, LEAD, List.of(MANAGER, CEO));

        broker.away = true;
        passUntil(deadline.plusSeconds(30));
        assertThat(broker.all()).isEmpty();
        assertThat(scheduler.failure()).isPresent();

        broker.away = false;
        passUntil(deadline.plusSeconds(90));
        assertThat(broker.commandIds()).containsExactly(COMPLAINT + ":breach:0");
        assertThat(broker.all().get(0).issuedAt())
                .as("at the next retry (1 s doubling: 31 s after the deadline), not once its own claim ran out")
                .isEqualTo(deadline.plusSeconds(31));
        assertThat(scheduler.failure()).isEmpty();
        assertThat(store.find(COMPLAINT).orElseThrow().next()).isNull();
    }

    @Test
    void givenMongoGoneBetweenTheSendAndTheMark_whenItIsBack_thenOnlyTheMarkIsRetried() {
        withoutWarnings();
        Instant deadline = assign(0, LEAD, List.of(MANAGER, CEO));
        TimerScheduler flaky = new TimerScheduler(store, firings -> {
            CommandPublisher.Published published = broker.publish(firings);
            store.away = true;
            return published;
        }, metrics, clock, "instance-b", SETTINGS);
        scheduler.revoked(List.of(PARTITION));
        flaky.assigned(List.of(PARTITION));

        clock.set(deadline);
        flaky.tick();
        flaky.tick();
        assertThat(flaky.failure()).isPresent();
        store.away = false;
        passUntil(flaky, deadline.plusSeconds(60));

        assertThat(broker.commandIds()).containsExactly(COMPLAINT + ":breach:0");
        assertThat(store.find(COMPLAINT).orElseThrow().next()).isNull();
        assertThat(flaky.failure()).isEmpty();
    }

    @Test
    void givenAnEventThatSetsTheSameMomentAgainWhileATimerIsClaimed_whenTheClaimMisses_thenTheNewTimerStillFiresOnTime() {
        withoutWarnings();
        Instant deadline = assign(0, LEAD, List.of(MANAGER, CEO));
        boolean[] raced = {false};
        TimerStore racing = new DelegatingTimerStore(store) {
            @Override
            public Claim claim(Collection<DueTimer> timers, String instanceId, Instant now, Instant until) {
                if (!raced[0]) {
                    raced[0] = true;
                    // The warning event lands between the read and the claim: same breach, same moment, newer position.
                    record(sequence -> recorder.deadlineApproaching(event(sequence, new ComplaintDeadlineApproaching(
                            COMPLAINT, 0, LEAD, deadline, MANAGER, now)), PARTITION));
                }
                return super.claim(timers, instanceId, now, until);
            }
        };
        TimerScheduler raceful = new TimerScheduler(racing, broker, metrics, clock, "instance-d", SETTINGS);
        scheduler.revoked(List.of(PARTITION));
        recorder = new DeadlineRecorder(store, breaches, raceful, metrics, 1.0);
        raceful.assigned(List.of(PARTITION));

        passUntil(raceful, deadline);

        assertThat(raced[0]).isTrue();
        assertThat(broker.all()).singleElement().satisfies(breach -> {
            assertThat(breach.commandId()).isEqualTo(COMPLAINT + ":breach:0");
            assertThat(breach.issuedAt()).isEqualTo(deadline);
        });
    }

    @Test
    void givenManyDueTimers_whenFired_thenInBatchesEachExactlyOnce() {
        withoutWarnings();
        TimerScheduler small = new TimerScheduler(store, broker, metrics, clock, "instance-c",
                new TimerScheduler.Settings(Duration.ofMinutes(2), Duration.ofSeconds(30), Duration.ofMinutes(5),
                        Duration.ofSeconds(30), 7,
                        Duration.ofSeconds(1), Duration.ofSeconds(30)));
        scheduler.revoked(List.of(PARTITION));
        recorder = new DeadlineRecorder(store, breaches, small, metrics, 1.0);
        small.assigned(List.of(PARTITION));
        small.tick();
        for (int i = 0; i < 50; i++) {
            String complaint = "complaint-" + i;
            recorder.complaintAssigned(new EventEnvelope<>("assigned-" + i, complaint, 1, "ComplaintAssigned", 1,
                    START, new ComplaintAssigned(complaint, LEAD, 0, START.plusSeconds(60 + i % 5), List.of(MANAGER),
                            START)), PARTITION);
        }

        clock.set(START.plusSeconds(65));
        int ticks = 1;
        while (small.tick().isZero()) {
            ticks++;
        }

        assertThat(broker.commandIds()).hasSize(50).doesNotHaveDuplicates();
        assertThat(ticks).as("batches of 7").isEqualTo(8);
    }

    @Test
    void givenAnotherInstancesRunningClaim_whenOurClaimMisses_thenTheBreachFiresWhenItRunsOutNotAtTheNextLoad() {
        withoutWarnings();
        Instant deadline = assign(0, LEAD, List.of(MANAGER, CEO));
        passUntil(deadline.minusSeconds(1));
        // A stalled instance claimed it during a rebalance, for a short lease.
        store.claimedElsewhere(COMPLAINT, deadline.plusSeconds(10));

        passUntil(deadline.plusSeconds(11));

        assertThat(broker.all()).singleElement().satisfies(breach -> {
            assertThat(breach.commandId()).isEqualTo(COMPLAINT + ":breach:0");
            assertThat(breach.issuedAt()).isEqualTo(deadline.plusSeconds(10));
        });
    }

    @Test
    void givenACommandRefusedForItself_whenFired_thenItIsSetAsideAndTheOthersStillGoOut() {
        withoutWarnings();
        Instant deadline = assign(0, LEAD, List.of(MANAGER, CEO));
        String other = "other-complaint";
        recorder.complaintAssigned(new EventEnvelope<>("assigned-other", other, 1, "ComplaintAssigned", 1,
                START, new ComplaintAssigned(other, LEAD, 0, deadline.plusMillis(1), List.of(MANAGER), START)), PARTITION);
        broker.refuse(COMPLAINT);

        passUntil(deadline.plusSeconds(90));

        assertThat(broker.commandIds()).containsExactly(other + ":breach:0");
        assertThat(broker.refused()).as("set aside after the first refusal, also through later loads").isEqualTo(1);
        assertThat(scheduler.failure()).isEmpty();
        assertThat(meters.counter("complaintbook.escalation.timers.poisoned").count()).isEqualTo(1);
        assertThat(store.find(COMPLAINT).orElseThrow().next()).as("the document keeps its action").isNotNull();
    }

    @Test
    void givenTimeGoesBy_whenLoading_thenEachLoadReadsFromWhereTheLastEndedAndAllIsReadAgainEveryFiveMinutes() {
        passUntil(START.plus(Duration.ofMinutes(6)));

        List<String> loads = store.loads();
        assertThat(loads).first().isEqualTo("full");
        assertThat(loads.get(1)).isEqualTo("from " + START.plus(Duration.ofMinutes(2)));
        assertThat(loads.get(2)).isEqualTo("from " + START.plus(Duration.ofSeconds(150)));
        assertThat(loads).filteredOn("full"::equals).hasSize(2);
        assertThat(loads.get(10)).as("five minutes on").isEqualTo("full");
    }

    /** Firings of the kind acknowledged within a second of being due, from the histogram's bucket at one second. */
    private double firedWithinOneSecond(String kind) {
        return Arrays.stream(meters.timer("complaintbook.escalation.lateness", "kind", kind).takeSnapshot()
                        .histogramCounts())
                .filter(bucket -> bucket.bucket(TimeUnit.SECONDS) == 1.0)
                .findFirst().orElseThrow(() -> new AssertionError("no bucket at exactly one second"))
                .count();
    }

    private void withoutWarnings() {
        recorder = new DeadlineRecorder(store, breaches, scheduler, metrics, 1.0);
    }

    /** Assigns the complaint now, for one period; returns the deadline. */
    private Instant assign(int level, StaffMember assignee, List<StaffMember> managers) {
        Instant now = clock.instant();
        Instant deadline = now.plus(PERIOD);
        record(sequence -> recorder.complaintAssigned(event(sequence, new ComplaintAssigned(COMPLAINT, assignee, level,
                deadline, managers, now)), PARTITION));
        return deadline;
    }

    private void answer(int level, Instant appealDeadline) {
        record(sequence -> recorder.complaintAnswered(event(sequence, new ComplaintAnswered(COMPLAINT, LEAD.id(), level,
                "We are sorry.", null, false, appealDeadline, clock.instant())), PARTITION));
    }

    private void escalated(int fromLevel, StaffMember from, Instant missed) {
        record(sequence -> recorder.complaintEscalated(event(sequence, new ComplaintEscalated(COMPLAINT, fromLevel,
                fromLevel + 1, EscalationReason.DEADLINE_MISSED, from.id(), null, clock.instant(), from, missed)),
                PARTITION));
    }

    private void record(LongConsumer event) {
        event.accept(++sequence);
    }

    /** Lets time pass as the scheduler's thread lives it: tick, sleep for as long as it asks, tick again. */
    private void passUntil(Instant until) {
        passUntil(scheduler, until);
    }

    private void passUntil(TimerScheduler driven, Instant until) {
        Duration wait = driven.tick();
        while (clock.instant().isBefore(until)) {
            Instant next = clock.instant().plus(wait);
            clock.set(next.isAfter(until) ? until : next);
            wait = driven.tick();
        }
        while (wait.isZero()) {
            wait = driven.tick();
        }
    }

    private <P> EventEnvelope<P> event(long sequence, P payload) {
        return new EventEnvelope<>("event-" + sequence, COMPLAINT, sequence, payload.getClass().getSimpleName(), 1,
                clock.instant(), payload);
    }
}

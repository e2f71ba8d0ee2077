package com.complaintbook.escalation.application;

import com.complaintbook.contracts.EscalationReason;
import com.complaintbook.contracts.RejectionReason;
import com.complaintbook.contracts.StaffMember;
import com.complaintbook.contracts.events.ComplaintAnswered;
import com.complaintbook.contracts.events.ComplaintAssigned;
import com.complaintbook.contracts.events.ComplaintEscalated;
import com.complaintbook.contracts.events.ComplaintRejected;
import com.complaintbook.contracts.events.EventEnvelope;
import com.complaintbook.escalation.domain.ComplaintDeadline;
import com.complaintbook.escalation.domain.DeadlineChange;
import com.complaintbook.escalation.domain.DeadlineState;
import com.complaintbook.escalation.domain.NextAction;
import com.complaintbook.escalation.domain.TimerKind;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlineRecorderTest {

    private static final String COMPLAINT = "3f6c2a1e-8d4b-4c57-9a0e-5b7d1f2c9e41";
    private static final Instant DEADLINE = Instant.parse("2026-11-25T09:15:30Z");

    private final ChangeLog store = new ChangeLog();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final EscalationMetrics metrics = new EscalationMetrics(meters);
    private final TimerScheduler scheduler = new TimerScheduler(new InMemoryDeadlines(), new SentCommands(), metrics,
            new MovableClock(DEADLINE), "instance", new TimerScheduler.Settings(Duration.ofMinutes(2),
            Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofSeconds(30), 100, Duration.ofSeconds(1), Duration.ofSeconds(30)));
    private final DeadlineRecorder recorder = new DeadlineRecorder(store, new InMemoryBreaches(), scheduler, metrics, 0.75);

    @Test
    void givenAnAssignment_whenRecorded_thenADeadlineOpensForTheAssigneeAtItsLevelWithTheWarningNext() {
        Instant assignedAt = DEADLINE.minus(Duration.ofHours(4));
        recorder.complaintAssigned(event(1, new ComplaintAssigned(COMPLAINT,
                new StaffMember("e-delivery-lead", "Ivan Petrenko", "ivan.petrenko@retail.example"), 0, DEADLINE,
                List.of(), assignedAt)), 2);

        assertThat(store.applied).containsExactly(new DeadlineChange.Opened(COMPLAINT, 1, 2, 0, "e-delivery-lead",
                DEADLINE, new NextAction(TimerKind.WARN, assignedAt.plus(Duration.ofHours(3)), DEADLINE)));
        assertThat(meters.counter("complaintbook.escalation.deadlines.changed", "state", "OPEN").count()).isEqualTo(1);
    }

    @Test
    void givenAnAnswerOrRejection_whenRecorded_thenTheDeadlineAtThatLevelCloses() {
        recorder.complaintAnswered(event(2, new ComplaintAnswered(COMPLAINT, "e-delivery-lead", 0, "Sorry", null, false,
                DEADLINE.plus(Duration.ofDays(14)), DEADLINE)), 0);
        recorder.complaintRejected(event(3, new ComplaintRejected(COMPLAINT, "m-logistics", 1, RejectionReason.SPAM,
                null, false, DEADLINE.plus(Duration.ofDays(15)), DEADLINE)), 0);

        assertThat(store.applied).containsExactly(
                new DeadlineChange.Closed(COMPLAINT, 2, 0, 0, DeadlineState.ANSWERED, DEADLINE.plus(Duration.ofDays(14))),
                new DeadlineChange.Closed(COMPLAINT, 3, 0, 1, DeadlineState.REJECTED, DEADLINE.plus(Duration.ofDays(15))));
        assertThat(store.applied.get(0).next())
                .isEqualTo(NextAction.appealCloseAt(DEADLINE.plus(Duration.ofDays(14))));
    }

    @Test
    void givenAClimb_whenRecorded_thenTheDeadlineOfTheLevelItLeftIsSuperseded() {
        recorder.complaintEscalated(event(2, new ComplaintEscalated(COMPLAINT, 0, 1,
                EscalationReason.CUSTOMER_NOT_SATISFIED, "e-delivery-lead", "Not good enough", DEADLINE, null, null)), 0);

        assertThat(store.applied).containsExactly(new DeadlineChange.Closed(COMPLAINT, 2, 0, 0, DeadlineState.SUPERSEDED,
                null));
        assertThat(store.applied.get(0).next()).isNull();
    }

    @Test
    void givenAnEventTheStoreAlreadyHas_whenRecorded_thenItIsCountedAsStaleNotAsAChange() {
        store.refuseEverything = true;

        recorder.complaintAnswered(event(2, new ComplaintAnswered(COMPLAINT, "e-delivery-lead", 0, "Sorry", null, false,
                DEADLINE.plus(Duration.ofDays(14)), DEADLINE)), 0);

        assertThat(meters.counter("complaintbook.escalation.events.stale").count()).isEqualTo(1);
        assertThat(meters.find("complaintbook.escalation.deadlines.changed").counter()).isNull();
    }

    @Test
    void givenAWarningPointNotBeforeTheDeadline_whenAssigned_thenTheBreachIsNextWithoutWarning() {
        Instant assignedAt = DEADLINE.minus(Duration.ofHours(4));

        assertThat(NextAction.afterAssignment(assignedAt, DEADLINE, 1.0)).isEqualTo(NextAction.breachAt(DEADLINE));
        assertThat(NextAction.afterAssignment(DEADLINE, DEADLINE, 0.75)).isEqualTo(NextAction.breachAt(DEADLINE));
        assertThat(NextAction.afterAssignment(null, DEADLINE, 0.75)).isEqualTo(NextAction.breachAt(DEADLINE));
        assertThat(NextAction.afterAssignment(assignedAt, DEADLINE, 0.5).dueAt())
                .isEqualTo(assignedAt.plus(Duration.ofHours(2)));
    }

    @Test
    void givenABreachRedelivered_whenRecordedAgain_thenItIsKeptAndCountedOnce() {
        ComplaintEscalated climbed = new ComplaintEscalated(COMPLAINT, 0, 1, EscalationReason.DEADLINE_MISSED,
                "e-delivery-lead", null, DEADLINE.plusSeconds(1),
                new StaffMember("e-delivery-lead", "Ivan Petrenko", "ivan.petrenko@retail.example"), DEADLINE);

        recorder.complaintEscalated(event(2, climbed), 0);
        store.refuseEverything = true;
        recorder.complaintEscalated(event(2, climbed), 0);

        assertThat(meters.counter("complaintbook.escalation.breaches", "level", "0", "top", "false").count())
                .isEqualTo(1);
    }

    @Test
    void givenAWarningFractionOutsideZeroToOne_whenConfigured_thenRefused() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() ->
                new DeadlineRecorder(store, new InMemoryBreaches(), scheduler, metrics, 1.5));
    }

    private static <P> EventEnvelope<P> event(long sequence, P payload) {
        return new EventEnvelope<>("event-" + sequence, COMPLAINT, sequence, payload.getClass().getSimpleName(), 1,
                DEADLINE, payload);
    }

    /** Records what it is asked to apply; sequencing is the real store's job, tested against MongoDB. */
    private static final class ChangeLog implements DeadlineStore {

        final List<DeadlineChange> applied = new ArrayList<>();
        boolean refuseEverything;

        @Override
        public boolean apply(DeadlineChange change) {
            if (refuseEverything) {
                return false;
            }
            applied.add(change);
            return true;
        }

        @Override
        public Optional<ComplaintDeadline> find(String complaintId) {
            return Optional.empty();
        }

        @Override
        public List<ComplaintDeadline> find(DeadlineState state, Instant dueBefore, int limit) {
            return List.of();
        }
    }
}

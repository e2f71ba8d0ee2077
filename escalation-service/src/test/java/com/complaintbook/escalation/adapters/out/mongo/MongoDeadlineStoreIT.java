package com.complaintbook.escalation.adapters.out.mongo;

import com.complaintbook.escalation.domain.ComplaintDeadline;
import com.complaintbook.escalation.domain.DeadlineChange;
import com.complaintbook.escalation.domain.DeadlineState;
import com.complaintbook.kit.test.InMemoryMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The sequence guard against a real MongoDB wire-protocol server. */
class MongoDeadlineStoreIT {

    private static final Instant DEADLINE = Instant.parse("2026-11-25T09:15:30Z");

    @RegisterExtension
    static final InMemoryMongo MONGO = new InMemoryMongo();

    private MongoDeadlineStore store;
    private final String complaint = UUID.randomUUID().toString();

    @BeforeEach
    void newStore() {
        store = new MongoDeadlineStore(MONGO.freshDatabase("escalation"));
        store.createIndexes();
    }

    @Test
    void givenNoDocument_whenAnAssignmentIsApplied_thenTheDeadlineIsOpen() {
        assertThat(store.apply(opened(1, 0, DEADLINE))).isTrue();

        assertThat(store.find(complaint)).contains(
                new ComplaintDeadline(complaint, 0, "e-delivery-lead", DEADLINE, DeadlineState.OPEN, 1));
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
        store.apply(new DeadlineChange.Closed(complaint, 2, 0, DeadlineState.ANSWERED));

        assertThat(store.apply(opened(1, 0, DEADLINE))).isFalse();
        assertThat(store.find(complaint).orElseThrow())
                .extracting(ComplaintDeadline::state, ComplaintDeadline::lastSequence)
                .containsExactly(DeadlineState.ANSWERED, 2L);
    }

    @Test
    void givenASupersededDeadline_whenTheNextLevelIsAssigned_thenItReopensThereKeepingNothingOld() {
        store.apply(opened(1, 0, DEADLINE));
        store.apply(new DeadlineChange.Closed(complaint, 2, 0, DeadlineState.SUPERSEDED));
        Instant later = DEADLINE.plusSeconds(172_800);

        assertThat(store.apply(new DeadlineChange.Opened(complaint, 3, 1, "m-logistics", later))).isTrue();

        assertThat(store.find(complaint)).contains(
                new ComplaintDeadline(complaint, 1, "m-logistics", later, DeadlineState.OPEN, 3));
    }

    @Test
    void givenAClosingEventWithoutAnyAssignmentSeen_whenApplied_thenItIsRecordedClosed() {
        assertThat(store.apply(new DeadlineChange.Closed(complaint, 2, 0, DeadlineState.REJECTED))).isTrue();

        assertThat(store.find(complaint)).contains(
                new ComplaintDeadline(complaint, 0, null, null, DeadlineState.REJECTED, 2));
    }

    @Test
    void givenDeadlinesInSeveralStates_whenAskedForOpenOnesDueBeforeAMoment_thenOnlyThoseComeEarliestFirst() {
        String later = UUID.randomUUID().toString();
        String earlier = UUID.randomUUID().toString();
        String notYetDue = UUID.randomUUID().toString();
        String answered = UUID.randomUUID().toString();
        store.apply(new DeadlineChange.Opened(later, 1, 0, "e-quality", DEADLINE.plusSeconds(60)));
        store.apply(new DeadlineChange.Opened(earlier, 1, 0, "e-quality", DEADLINE));
        store.apply(new DeadlineChange.Opened(notYetDue, 1, 0, "e-quality", DEADLINE.plusSeconds(3600)));
        store.apply(new DeadlineChange.Opened(answered, 1, 0, "e-quality", DEADLINE));
        store.apply(new DeadlineChange.Closed(answered, 2, 0, DeadlineState.ANSWERED));

        assertThat(store.find(DeadlineState.OPEN, DEADLINE.plusSeconds(61), 10))
                .extracting(ComplaintDeadline::complaintId)
                .containsExactly(earlier, later);
        assertThat(store.find(DeadlineState.OPEN, null, 1))
                .extracting(ComplaintDeadline::complaintId)
                .containsExactly(earlier);
    }

    private DeadlineChange.Opened opened(long sequence, int level, Instant deadline) {
        return new DeadlineChange.Opened(complaint, sequence, level, "e-delivery-lead", deadline);
    }
}

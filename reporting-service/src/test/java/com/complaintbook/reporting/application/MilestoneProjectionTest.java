package com.complaintbook.reporting.application;

import com.complaintbook.contracts.events.ComplaintEventType;
import com.complaintbook.contracts.events.EventEnvelope;
import com.complaintbook.contracts.samples.SampleEvent;
import com.complaintbook.reporting.domain.Milestone;
import com.complaintbook.reporting.domain.MilestoneKind;
import com.complaintbook.reporting.domain.Milestones;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MilestoneProjectionTest {

    private final KeptInMemory store = new KeptInMemory();
    private final MilestoneProjection projection = new MilestoneProjection(new Milestones(), store);

    @Test
    void givenABatch_thenEachWarningBreachAndClosureIsKeptAndEveryOtherEventIgnored() {
        List<EventEnvelope<?>> batch = life("c-1");

        assertThat(projection.apply(batch)).containsExactly(
                ProjectionResult.IGNORED, ProjectionResult.IGNORED, ProjectionResult.APPLIED, ProjectionResult.APPLIED,
                ProjectionResult.IGNORED, ProjectionResult.APPLIED, ProjectionResult.APPLIED);
        assertThat(store.kept).extracting(Milestone::kind).containsExactly(
                MilestoneKind.WARNING, MilestoneKind.BREACH, MilestoneKind.BREACH, MilestoneKind.CLOSURE);
    }

    @Test
    void givenTheSameEventsTwice_thenEachIsKeptOnceAndTheSecondTimeIsAlreadyApplied() {
        List<EventEnvelope<?>> batch = life("c-1");
        projection.apply(batch);

        assertThat(projection.apply(batch)).containsOnly(ProjectionResult.IGNORED, ProjectionResult.ALREADY_APPLIED);
        assertThat(store.kept).hasSize(4);
    }

    @Test
    void givenABatchWithoutAnythingToCount_thenTheStoreIsNotAsked() {
        List<EventEnvelope<?>> batch = List.of(SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint("c-1").typed());

        assertThat(projection.apply(batch)).containsExactly(ProjectionResult.IGNORED);
        assertThat(store.calls).isZero();
    }

    @Test
    void givenTheStoreFails_thenTheFailureSaysNothingIsKnownToBeKept() {
        store.failing = true;

        assertThatThrownBy(() -> projection.apply(life("c-1"))).isInstanceOf(IllegalStateException.class);
    }

    // Submitted, assigned, warned, missed at level 0 (climbs), assigned at the top, missed there,
    // closed when the appeal window passed.
    private static List<EventEnvelope<?>> life(String id) {
        return List.of(
                SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint(id).typed(),
                SampleEvent.of(ComplaintEventType.ASSIGNED).forComplaint(id).typed(),
                SampleEvent.of(ComplaintEventType.DEADLINE_APPROACHING).forComplaint(id).typed(),
                SampleEvent.of(ComplaintEventType.ESCALATED).forComplaint(id).sequence(3).typed(),
                SampleEvent.of(ComplaintEventType.ASSIGNED).forComplaint(id).sequence(4).payload("level", 1).typed(),
                SampleEvent.of(ComplaintEventType.DEADLINE_MISSED_AT_TOP).forComplaint(id).sequence(5).payload("level", 1).typed(),
                SampleEvent.of(ComplaintEventType.CLOSED).forComplaint(id).sequence(6)
                        .payload("reason", "appeal-window-passed").typed());
    }

    /** Keeps one milestone per complaint and sequence, as the real store's unique key does. */
    private static final class KeptInMemory implements MilestoneStore {

        private final List<Milestone> kept = new ArrayList<>();
        private final Set<String> keys = new HashSet<>();
        private int calls;
        private boolean failing;

        @Override
        public List<ProjectionResult> keep(List<Milestone> milestones) {
            calls++;
            if (failing) {
                throw new IllegalStateException("MongoDB is down");
            }
            List<ProjectionResult> results = new ArrayList<>();
            for (Milestone milestone : milestones) {
                if (keys.add(milestone.complaintId() + "/" + milestone.sequence())) {
                    kept.add(milestone);
                    results.add(ProjectionResult.APPLIED);
                } else {
                    results.add(ProjectionResult.ALREADY_APPLIED);
                }
            }
            return results;
        }
    }
}

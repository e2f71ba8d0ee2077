package com.complaintbook.reporting.application;

import com.complaintbook.contracts.events.ComplaintEventType;
import com.complaintbook.contracts.events.EventEnvelope;
import com.complaintbook.contracts.samples.SampleEvent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectComplaintEventsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T09:20:00Z"), ZoneOffset.UTC);

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final List<EventEnvelope<?>> batch = List.of(
            event("c-1", ComplaintEventType.SUBMITTED, 0), event("c-2", ComplaintEventType.SUBMITTED, 0),
            event("c-1", ComplaintEventType.ASSIGNED, 1), event("c-2", ComplaintEventType.ASSIGNED, 1));

    @Test
    void whenEveryReadModelIsDoneWithEveryEventNothingFailsAndEachIsCountedOncePerReadModel() {
        Scripted views = new Scripted("views", events -> results(events.size(), ProjectionResult.APPLIED));
        Scripted stores = new Scripted("stores", events -> results(events.size(), ProjectionResult.ALREADY_APPLIED));

        assertThat(project(views, stores).project(batch)).isEmpty();

        assertThat(views.given).isEqualTo(batch);
        assertThat(stores.given).isEqualTo(batch);
        assertThat(count("complaintbook.reporting.events.projected", "ComplaintSubmitted", "views")).isEqualTo(2);
        assertThat(count("complaintbook.reporting.events.already.applied", "ComplaintAssigned", "stores")).isEqualTo(2);
        assertThat(meters.timer("complaintbook.reporting.projection.lag").count()).isEqualTo(4);
    }

    @Test
    void aRefusedEventIsTheFirstNotDoneAndTheEventsAfterItAreStillApplied() {
        ReferenceTakenException taken = new ReferenceTakenException("KB-26-000001", "c-1");
        Scripted views = new Scripted("views", events -> List.of(ProjectionResult.APPLIED, ProjectionResult.APPLIED,
                ProjectionResult.refused(taken), ProjectionResult.APPLIED));

        assertThat(project(views).project(batch)).contains(new FailedEvent(2, taken));

        assertThat(count("complaintbook.reporting.events.projected", "ComplaintSubmitted", "views")).isEqualTo(2);
        assertThat(count("complaintbook.reporting.events.projected", "ComplaintAssigned", "views")).isEqualTo(1);
    }

    @Test
    void afterAnInterruptionTheLaterReadModelsAreGivenOnlyTheEventsBeforeIt() {
        IllegalStateException outage = new IllegalStateException("MongoDB is down");
        Scripted views = new Scripted("views", events -> {
            throw new PartlyAppliedException(List.of(ProjectionResult.APPLIED, ProjectionResult.APPLIED), outage);
        });
        Scripted stores = new Scripted("stores", events -> results(events.size(), ProjectionResult.APPLIED));

        assertThat(project(views, stores).project(batch)).contains(new FailedEvent(2, outage));

        assertThat(stores.given).isEqualTo(batch.subList(0, 2));
    }

    @Test
    void anInterruptionBeforeARefusalIsTheFirstNotDone() {
        Scripted views = new Scripted("views", events -> List.of(ProjectionResult.APPLIED, ProjectionResult.APPLIED,
                ProjectionResult.APPLIED, ProjectionResult.refused(new ReferenceTakenException("KB-26-000001", "c-2"))));
        IllegalStateException outage = new IllegalStateException("MongoDB is down");
        Scripted stores = new Scripted("stores", events -> {
            throw new PartlyAppliedException(List.of(ProjectionResult.APPLIED), outage);
        });

        assertThat(project(views, stores).project(batch)).contains(new FailedEvent(1, outage));
    }

    @Test
    void aReadModelThatFailsWithoutSayingHowFarItGotHasDoneNothing() {
        IllegalStateException failure = new IllegalStateException("no idea how far");
        Scripted views = new Scripted("views", events -> {
            throw failure;
        });

        assertThat(project(views).project(batch)).contains(new FailedEvent(0, failure));
    }

    private ProjectComplaintEvents project(Projection... projections) {
        return new ProjectComplaintEvents(List.of(projections), meters, CLOCK);
    }

    private double count(String counter, String type, String projection) {
        return meters.counter(counter, "type", type, "projection", projection).count();
    }

    private static List<ProjectionResult> results(int size, ProjectionResult result) {
        return Collections.nCopies(size, result);
    }

    private static EventEnvelope<?> event(String complaintId, ComplaintEventType type, long sequence) {
        return SampleEvent.of(type).forComplaint(complaintId).sequence(sequence).typed();
    }

    /** A read model that answers as scripted and remembers what it was given. */
    private static final class Scripted implements Projection {

        private final String name;
        private final Function<List<EventEnvelope<?>>, List<ProjectionResult>> answer;
        private final List<EventEnvelope<?>> given = new ArrayList<>();

        Scripted(String name, Function<List<EventEnvelope<?>>, List<ProjectionResult>> answer) {
            this.name = name;
            this.answer = answer;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public List<ProjectionResult> apply(List<EventEnvelope<?>> events) {
            given.addAll(events);
            return answer.apply(events);
        }
    }
}

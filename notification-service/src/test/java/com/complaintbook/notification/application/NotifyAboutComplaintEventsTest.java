package com.complaintbook.notification.application;

import com.complaintbook.contracts.Language;
import com.complaintbook.contracts.events.ComplaintEventType;
import com.complaintbook.contracts.events.EventEnvelope;
import com.complaintbook.contracts.samples.SampleEvent;
import com.complaintbook.notification.domain.ComplaintLevel;
import com.complaintbook.notification.domain.CustomerLinks;
import com.complaintbook.notification.domain.Fact;
import com.complaintbook.notification.domain.NoticePlanner;
import com.complaintbook.notification.domain.Purpose;
import com.complaintbook.notification.domain.RememberedComplaint;
import com.complaintbook.notification.domain.RememberedEscalation;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NotifyAboutComplaintEventsTest {

    private final InMemoryComplaints complaints = new InMemoryComplaints();
    private final InMemoryEscalations escalations = new InMemoryEscalations();
    private final InMemoryDeliveryLog log = new InMemoryDeliveryLog();
    private final RecordingChannel channel = new RecordingChannel();
    private final List<Letter> written = new ArrayList<>();
    private final NotifyAboutComplaintEvents notify = new NotifyAboutComplaintEvents(complaints, escalations,
            new NoticePlanner(new CustomerLinks("a-test-secret-of-at-least-32-characters", Duration.ofDays(120),
                    "https://complaints.retail.example/c/{token}"), Language.EN),
            new Deliveries<>(notice -> {
                Letter letter = new Letter(notice.purpose().code(), String.valueOf(notice.facts().get(Fact.TEXT)),
                        notice.language());
                written.add(letter);
                return letter;
            }, log, channel, new SimpleMeterRegistry(), Clock.systemUTC()));

    @Test
    void givenASubmissionAndItsAssignmentInOneBatch_thenTheAssigneeIsToldWhatTheCustomerWroteAtOneWriteAndOneRead() {
        notify.handle(List.of(
                SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint("c-1").typed(),
                SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint("c-2").typed(),
                SampleEvent.of(ComplaintEventType.ASSIGNED).forComplaint("c-1").typed(),
                SampleEvent.of(ComplaintEventType.ASSIGNED).forComplaint("c-2").typed()));

        assertThat(written).extracting(Letter::subject).containsExactly(
                "complaint-received", "complaint-received", "complaint-assigned", "complaint-assigned");
        assertThat(written).extracting(Letter::body).containsOnly("The sofa I ordered arrived two weeks late and scratched.");
        assertThat(channel.connections).hasSize(1);
        assertThat(complaints.writes).isEqualTo(1);
        assertThat(complaints.reads).isEqualTo(1);
        assertThat(escalations.reads).as("no assignment above the first level").isZero();
    }

    @Test
    void givenAMissedDeadlineAndTheAssignmentItBringsInOneBatch_thenTheManagerTheEmployeeAndTheCustomerAreToldOnce() {
        List<EventEnvelope<?>> batch = List.of(
                SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint("c-1").typed(),
                SampleEvent.of(ComplaintEventType.ESCALATED).forComplaint("c-1").typed(),
                SampleEvent.of(ComplaintEventType.ASSIGNED).forComplaint("c-1").payload("level", 1)
                        .payload("assignee", JsonMapper.builder().build().createObjectNode()
                                .put("id", "m-logistics").put("name", "Oksana").put("email", "oksana@retail.example"))
                        .typed());

        notify.handle(batch);
        notify.handle(batch);

        assertThat(channel.sent).extracting(message -> message.key().purpose() + " " + message.key().recipient())
                .containsExactly(
                        "COMPLAINT_RECEIVED olena@example.com",
                        "COMPLAINT_ESCALATED oksana@retail.example",
                        "ESCALATION_COPY ivan.petrenko@retail.example",
                        "COMPLAINT_MOVED_UP olena@example.com");
        assertThat(escalations.writes).isEqualTo(2);
        assertThat(escalations.reads).isEqualTo(2);
    }

    @Test
    void givenALetterFails_thenTheEventItWasForIsNamed() {
        channel.failOnce.add("ivan.petrenko@retail.example");

        assertThatThrownBy(() -> notify.handle(List.of(
                SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint("c-1").typed(),
                SampleEvent.of(ComplaintEventType.CLOSED).forComplaint("c-0").typed(),
                SampleEvent.of(ComplaintEventType.ASSIGNED).forComplaint("c-1").typed())))
                .isInstanceOfSatisfying(EventFailedException.class,
                        failed -> assertThat(failed.position()).isEqualTo(2))
                .hasRootCauseMessage("relay refused ivan.petrenko@retail.example");
    }

    @Test
    void givenTheDatabaseIsAway_thenTheWholeBatchFailsFromItsFirstEvent() {
        complaints.away = true;

        assertThatThrownBy(() -> notify.handle(List.of(
                SampleEvent.of(ComplaintEventType.CLOSED).forComplaint("c-0").typed(),
                SampleEvent.of(ComplaintEventType.SUBMITTED).forComplaint("c-1").typed())))
                .isInstanceOfSatisfying(EventFailedException.class,
                        failed -> assertThat(failed.position()).isZero());
        assertThat(channel.sent).isEmpty();
    }

    /** Remembered complaints in memory, counting round trips; can be taken away like a database that is down. */
    private static final class InMemoryComplaints implements RememberedComplaints {
        private final Map<String, RememberedComplaint> kept = new HashMap<>();
        private int writes;
        private int reads;
        private boolean away;

        @Override
        public void remember(Collection<RememberedComplaint> complaints) {
            if (away) {
                throw new IllegalStateException("database away");
            }
            writes++;
            complaints.forEach(complaint -> kept.put(complaint.complaintId(), complaint));
        }

        @Override
        public Map<String, RememberedComplaint> recall(Collection<String> complaintIds) {
            reads++;
            Map<String, RememberedComplaint> found = new HashMap<>();
            complaintIds.stream().filter(kept::containsKey).forEach(id -> found.put(id, kept.get(id)));
            return found;
        }
    }

    /** Remembered escalations in memory, counting round trips. */
    private static final class InMemoryEscalations implements RememberedEscalations {
        private final Map<ComplaintLevel, RememberedEscalation> kept = new HashMap<>();
        private int writes;
        private int reads;

        @Override
        public void remember(Collection<RememberedEscalation> escalations) {
            writes++;
            escalations.forEach(escalation -> kept.put(escalation.reached(), escalation));
        }

        @Override
        public Map<ComplaintLevel, RememberedEscalation> recall(Collection<ComplaintLevel> levels) {
            reads++;
            Map<ComplaintLevel, RememberedEscalation> found = new HashMap<>();
            levels.stream().filter(kept::containsKey).forEach(level -> found.put(level, kept.get(level)));
            return found;
        }
    }
}

package com.complaintbook.routing.adapters.in.kafka;

import com.complaintbook.contracts.Topics;
import com.complaintbook.kit.events.UnreadableEventException;
import com.complaintbook.routing.application.AssignmentDecision;
import com.complaintbook.routing.application.AssignmentsNotPublishedException;
import com.complaintbook.routing.application.ComplaintRouting;
import com.complaintbook.routing.application.Publication;
import com.complaintbook.routing.application.RoutingMetrics;
import com.complaintbook.routing.application.InMemoryOrganisationStore;
import com.complaintbook.routing.application.InMemoryRoutedComplaints;
import com.complaintbook.routing.application.OrganisationHistory;
import com.complaintbook.routing.application.OrganisationImport;
import com.complaintbook.routing.application.TestOrganisation;
import com.complaintbook.routing.domain.BusinessTimeSlaPolicy;
import com.complaintbook.routing.domain.Router;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.BatchListenerFailedException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which record of a batch the listener names when something fails, and what it has sent by then. */
class ComplaintEventsListenerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String NOT_JSON = "{\"eventId\": this is not JSON";

    private final List<List<String>> published = new ArrayList<>();
    private Publication publication = () -> { };
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final RoutingMetrics metrics = new RoutingMetrics(meters);
    private final InMemoryRoutedComplaints complaints = new InMemoryRoutedComplaints();
    private final OrganisationHistory organisations = organisations(metrics);
    private final ComplaintEventsListener listener = new ComplaintEventsListener(new ComplaintEventReader(JSON),
            new ComplaintRouting(organisations, complaints, new Router(complaints), decisions -> {
                published.add(decisions.stream().map(AssignmentDecision::complaintId).toList());
                return publication;
            }, metrics), metrics);

    @Test
    void givenABatch_whenHandled_thenTheCommandsOfAllItsEventsArePublishedTogetherInTheirOrder() {
        listener.on(records(submitted("c-1"), unknownType("c-2"), escalated("c-3", "e-delivery-lead"), submitted("c-4")));

        assertThat(published).containsExactly(List.of("c-1", "c-3", "c-4"));
    }

    @Test
    void givenTheDeadlineEventsOfIssue8_whenHandled_thenNothingIsDecidedNoneFailsAndEachIsCountedAsNotForRouting() {
        listener.on(records(event("ComplaintDeadlineApproaching", "c-1").toString(),
                event("ComplaintDeadlineMissedAtTop", "c-2").toString(),
                submitted("c-4")));

        assertThat(published).containsExactly(List.of("c-4"));
        assertThat(skipped("ComplaintDeadlineApproaching", "not-for-routing")).isEqualTo(1.0);
        assertThat(skipped("ComplaintDeadlineMissedAtTop", "not-for-routing")).isEqualTo(1.0);
    }

    @Test
    void givenAComplaintAnsweredAndClosed_whenHandled_thenNothingIsSentAndItNoLongerCountsAgainstItsAssignee() {
        listener.on(records(submitted("c-1")));
        String assignee = complaints.find("c-1").orElseThrow().current();
        assertThat(complaints.openComplaints(List.of(assignee))).containsEntry(assignee, 1L);

        listener.on(records(event("ComplaintAnswered", "c-1").toString(), closedAfterTheAppealWindow("c-1")));

        assertThat(published).containsExactly(List.of("c-1"), List.of());
        assertThat(complaints.openComplaints(List.of(assignee))).containsEntry(assignee, 0L);
    }

    @Test
    void givenTheSameSubmissionTwice_whenHandled_thenTheSameCommandIsSentTwiceAndOneDecisionIsKept() {
        listener.on(records(submitted("c-1"), submitted("c-1")));

        assertThat(published).containsExactly(List.of("c-1", "c-1"));
        assertThat(complaints.find("c-1").orElseThrow().levels()).hasSize(1);
    }

    @Test
    void givenAnEscalationForAMissedDeadline_whenItNamesWhoMissedItAndTheDeadline_thenItIsRoutedAsBefore() {
        ObjectNode escalated = event("ComplaintEscalated", "c-1");
        ObjectNode payload = (ObjectNode) escalated.get("payload");
        assertThat(payload.get("previousHandler").isObject()).isTrue();
        assertThat(payload.get("missedDeadline").isString()).isTrue();

        listener.on(records(escalated.toString()));

        assertThat(published).containsExactly(List.of("c-1"));
    }

    @Test
    void givenAnEscalationWithoutTheOptionalFields_whenHandled_thenItIsRoutedToo() {
        ObjectNode escalated = event("ComplaintEscalated", "c-1");
        ((ObjectNode) escalated.get("payload")).remove(List.of("previousHandler", "missedDeadline"));

        listener.on(records(escalated.toString()));

        assertThat(published).containsExactly(List.of("c-1"));
    }

    @Test
    void givenAnUnreadableRecordInTheMiddle_whenHandled_thenTheCommandsBeforeItArePublishedAndItIsNamed() {
        assertThatThrownBy(() -> listener.on(records(submitted("c-1"), submitted("c-2"), NOT_JSON, submitted("c-4"))))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, failed -> {
                    assertThat(failed.getIndex()).isEqualTo(2);
                    assertThat(failed).hasCauseInstanceOf(UnreadableEventException.class);
                });

        assertThat(published).containsExactly(List.of("c-1", "c-2"));
    }

    @Test
    void givenAnEscalationFromSomeoneTheChartDoesNotKnow_whenHandled_thenSomeoneIsStillAssigned() {
        listener.on(records(submitted("c-1"), escalated("c-2", "e-left-the-company")));

        assertThat(published).containsExactly(List.of("c-1", "c-2"));
    }

    @Test
    void givenACommandTheBrokerDidNotAcknowledge_whenHandled_thenTheRecordThatCausedItIsNamed() {
        AssignmentsNotPublishedException secondNotPublished = notPublished(1);
        publication = () -> {
            throw secondNotPublished;
        };

        // The second command is the third record's: the second record is skipped.
        assertThatThrownBy(() -> listener.on(records(submitted("c-1"), unknownType("c-2"), submitted("c-3"), submitted("c-4"))))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, failed -> {
                    assertThat(failed.getIndex()).isEqualTo(2);
                    assertThat(failed).hasCause(secondNotPublished);
                });
    }

    @Test
    void givenACommandNotAcknowledgedBeforeAnUnreadableRecord_whenHandled_thenTheEarlierRecordIsNamed() {
        AssignmentsNotPublishedException firstNotPublished = notPublished(0);
        publication = () -> {
            throw firstNotPublished;
        };

        assertThatThrownBy(() -> listener.on(records(submitted("c-1"), submitted("c-2"), NOT_JSON)))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, failed -> {
                    assertThat(failed.getIndex()).isZero();
                    assertThat(failed).hasCause(firstNotPublished);
                });
    }

    private static AssignmentsNotPublishedException notPublished(int published) {
        return new AssignmentsNotPublishedException("not acknowledged", published, new IllegalStateException("broker away"));
    }

    private static List<ConsumerRecord<String, String>> records(String... values) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (int offset = 0; offset < values.length; offset++) {
            records.add(new ConsumerRecord<>(Topics.COMPLAINT_EVENTS, 0, offset, "key-" + offset, values[offset]));
        }
        return records;
    }

    private static String submitted(String complaintId) {
        return event("ComplaintSubmitted", complaintId).toString();
    }

    private static String escalated(String complaintId, String previousAssignee) {
        ObjectNode escalated = event("ComplaintEscalated", complaintId);
        ((ObjectNode) escalated.get("payload")).put("previousAssignee", previousAssignee);
        return escalated.toString();
    }

    private static String closedAfterTheAppealWindow(String complaintId) {
        ObjectNode closed = event("ComplaintClosed", complaintId);
        ((ObjectNode) closed.get("payload")).put("reason", "appeal-window-passed");
        return closed.toString();
    }

    private double skipped(String type, String reason) {
        return meters.get("complaintbook.routing.events.skipped").tag("type", type).tag("reason", reason).counter().count();
    }

    private static String unknownType(String complaintId) {
        return event("ComplaintSubmitted", complaintId).put("type", "ComplaintArchived").toString();
    }

    /** A golden sample turned into an event of another complaint. */
    private static ObjectNode event(String type, String complaintId) {
        String path = "/contracts/samples/events/" + type + ".v1.json";
        try (InputStream in = ComplaintEventsListenerTest.class.getResourceAsStream(path)) {
            ObjectNode event = (ObjectNode) JSON.readTree(in);
            event.put("eventId", "event-of-" + complaintId);
            event.put("complaintId", complaintId);
            ((ObjectNode) event.get("payload")).put("complaintId", complaintId);
            return event;
        } catch (IOException e) {
            throw new IllegalStateException(path, e);
        }
    }

    private static OrganisationHistory organisations(RoutingMetrics metrics) {
        InMemoryOrganisationStore store = new InMemoryOrganisationStore();
        OrganisationHistory history =
                new OrganisationHistory(store, version -> BusinessTimeSlaPolicy.of(version.organisation()));
        new OrganisationImport(store, history, Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC),
                metrics).importDocument(TestOrganisation.request(TestOrganisation.organisation()));
        return history;
    }
}

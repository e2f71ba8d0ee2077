package com.complaintbook.intake;

import com.complaintbook.contracts.EscalationReason;
import com.complaintbook.intake.domain.AcceptAnswer;
import com.complaintbook.intake.domain.AssignResponsible;
import com.complaintbook.intake.domain.ComplaintEvent;
import com.complaintbook.intake.domain.DeclareNotSatisfied;
import com.complaintbook.intake.domain.Employee;
import com.complaintbook.intake.support.StoredEvents;
import com.complaintbook.intake.support.IntakeIntegrationTest;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * History written in an older shape is read in today's: an upcaster bean, as a change of a stored
 * event's shape would add, turns the stored revision into the current one on the way out of the
 * store. The store itself is never rewritten. The first test's upcaster is the test's own; the
 * second's is intake's, for escalations stored before they carried who they climbed from. Fields added
 * later as optional (a submission's names, an employee's language, whom an answer or rejection was
 * given for) read as empty from such history, and the complaint takes its next command all the same.
 */
@IntakeIntegrationTest
@Import(StoredHistoryIT.OlderSubmissionShape.class)
class StoredHistoryIT {

    private static final String SUBMITTED = ComplaintEvent.Submitted.class.getName();

    @Autowired EventStore events;
    @Autowired JdbcClient jdbc;
    @Autowired CommandGateway commands;

    @Test
    void aSubmissionStoredInAnOlderRevisionIsReadInTheCurrentShape() {
        String complaintId = UUID.randomUUID().toString();
        String olderShape = """
                {"complaintId":"%s","reference":"KB-26-000042","kind":"complaint","channel":"website",
                 "storeCode":"kyiv-001","category":"delivery","text":"Late","customer":null,"language":"uk",
                 "submittedAt":"2026-11-20T09:00:00Z"}""".formatted(complaintId);
        jdbc.sql("""
                        INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                            time_stamp, payload_type, payload_revision, payload, meta_data)
                        VALUES (?, ?, 0, 'Complaint', '2026-11-20T09:00:00Z', ?, '0', ?, ?)""")
                .params(UUID.randomUUID().toString(), complaintId, SUBMITTED,
                        olderShape.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8))
                .update();

        List<? extends DomainEventMessage<?>> stream = events.readEvents(complaintId).asStream().toList();

        assertThat(stream).singleElement().satisfies(event -> {
            ComplaintEvent.Submitted submitted = (ComplaintEvent.Submitted) event.getPayload();
            assertThat(submitted.storeId()).isEqualTo("kyiv-001");
            assertThat(submitted.reference()).isEqualTo("KB-26-000042");
        });
        assertThat(jdbc.sql("SELECT payload_revision FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(complaintId).query(String.class).single()).isEqualTo("0");
    }

    @Test
    void anEscalationStoredBeforeItCarriedWhoItClimbedFromIsReadWithoutThemAndTheComplaintGoesOn() {
        String complaintId = UUID.randomUUID().toString();
        store(complaintId, 0, SUBMITTED, "1", """
                {"complaintId":"%s","reference":"KB-26-000043","kind":"complaint","channel":"website",
                 "storeId":"kyiv-001","category":"delivery","text":"Late","customer":null,"language":"uk",
                 "submittedAt":"2026-11-20T09:00:00Z"}""".formatted(complaintId));
        store(complaintId, 1, ComplaintEvent.Assigned.class.getName(), "1", """
                {"complaintId":"%s","assignee":{"id":"e-delivery-lead","name":"Ivan Petrenko","email":"ivan@retail.example"},
                 "level":0,"deadline":"2026-11-23T09:00:00Z",
                 "managers":[{"id":"m-logistics","name":"Oksana Tkachenko","email":"oksana@retail.example"}],
                 "assignedAt":"2026-11-20T09:00:01Z"}""".formatted(complaintId));
        store(complaintId, 2, ComplaintEvent.Escalated.class.getName(), "1", """
                {"complaintId":"%s","fromLevel":0,"toLevel":1,"reason":"deadline-missed",
                 "previousAssignee":"e-delivery-lead","comment":null,"escalatedAt":"2026-11-23T09:00:30Z"}"""
                .formatted(complaintId));

        List<? extends DomainEventMessage<?>> stream = events.readEvents(complaintId).asStream().toList();

        assertThat(stream.get(0).getPayload()).isInstanceOfSatisfying(ComplaintEvent.Submitted.class, submitted -> {
            assertThat(submitted.storeId()).isEqualTo("kyiv-001");
            assertThat(submitted.storeName()).as("recorded before names were carried").isNull();
            assertThat(submitted.categoryName()).isNull();
        });
        assertThat(stream.get(1).getPayload()).isInstanceOfSatisfying(ComplaintEvent.Assigned.class,
                assigned -> assertThat(assigned.assignee().language()).as("recorded before languages were carried").isNull());
        assertThat(stream).hasSize(3).last().satisfies(event -> {
            assertThat(event.getPayload()).isEqualTo(new ComplaintEvent.Escalated(complaintId, 0, 1,
                    EscalationReason.DEADLINE_MISSED, "e-delivery-lead", null, Instant.parse("2026-11-23T09:00:30Z"),
                    null, null));
        });
        Employee manager = new Employee("m-logistics", "Oksana Tkachenko", "oksana@retail.example");
        commands.sendAndWait(new AssignResponsible(complaintId, manager, 1, Instant.parse("2026-11-24T09:00:00Z"),
                List.of(), Instant.parse("2026-11-23T09:01:00Z")));
        assertThat(new StoredEvents(jdbc).of(complaintId)).isEqualTo(4);
        assertThat(jdbc.sql("SELECT payload_revision FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 2")
                .param(complaintId).query(String.class).single()).isEqualTo("1");
    }

    @Test
    void anAnswerAndARejectionStoredBeforeTheyCarriedOnBehalfOfAreReadAsOwnAndTheComplaintsGoOn() {
        String answered = UUID.randomUUID().toString();
        storeSubmittedAndAssigned(answered, "KB-26-000044");
        store(answered, 2, ComplaintEvent.Answered.class.getName(), "1", """
                {"complaintId":"%s","answeredBy":"e-delivery-lead","level":0,"answer":"The sofa comes on Friday",
                 "outcome":null,"finalAnswer":false,"appealDeadline":"2026-12-10T09:00:00Z",
                 "answeredAt":"2026-11-21T09:00:00Z"}""".formatted(answered));
        String rejected = UUID.randomUUID().toString();
        storeSubmittedAndAssigned(rejected, "KB-26-000045");
        store(rejected, 2, ComplaintEvent.Rejected.class.getName(), "1", """
                {"complaintId":"%s","rejectedBy":"e-delivery-lead","level":0,"reason":"duplicate",
                 "comment":"Already answered","finalAnswer":false,"appealDeadline":"2026-12-10T09:00:00Z",
                 "rejectedAt":"2026-11-21T09:00:00Z"}""".formatted(rejected));

        assertThat(events.readEvents(answered).asStream().toList().get(2).getPayload())
                .isInstanceOfSatisfying(ComplaintEvent.Answered.class,
                        answer -> assertThat(answer.onBehalfOf()).as("recorded before stand-ins").isNull());
        assertThat(events.readEvents(rejected).asStream().toList().get(2).getPayload())
                .isInstanceOfSatisfying(ComplaintEvent.Rejected.class,
                        rejection -> assertThat(rejection.onBehalfOf()).isNull());

        commands.sendAndWait(new DeclareNotSatisfied(answered, "Friday is too late", Instant.parse("2026-11-22T09:00:00Z")));
        commands.sendAndWait(new AcceptAnswer(rejected, Instant.parse("2026-11-22T09:00:00Z")));

        assertThat(events.readEvents(answered).asStream().toList()).last().satisfies(event ->
                assertThat(event.getPayload()).isInstanceOfSatisfying(ComplaintEvent.Escalated.class, escalated -> {
                    assertThat(escalated.reason()).isEqualTo(EscalationReason.CUSTOMER_NOT_SATISFIED);
                    assertThat(escalated.previousAssignee()).isEqualTo("e-delivery-lead");
                }));
        assertThat(events.readEvents(rejected).asStream().toList()).last().satisfies(event ->
                assertThat(event.getPayload()).isInstanceOf(ComplaintEvent.Closed.class));
    }

    @Test
    void aWarningAndAnEscalationWhoseEmployeesLackALanguageAreReadAndTheComplaintGoesOn() {
        String complaintId = UUID.randomUUID().toString();
        storeSubmittedAndAssigned(complaintId, "KB-26-000046");
        store(complaintId, 2, ComplaintEvent.DeadlineApproaching.class.getName(), "1", """
                {"complaintId":"%s","level":0,
                 "assignee":{"id":"e-delivery-lead","name":"Ivan Petrenko","email":"ivan@retail.example"},
                 "deadline":"2026-11-23T09:00:00Z",
                 "escalatesTo":{"id":"m-logistics","name":"Oksana Tkachenko","email":"oksana@retail.example"},
                 "warnedAt":"2026-11-22T09:00:00Z"}""".formatted(complaintId));
        store(complaintId, 3, ComplaintEvent.Escalated.class.getName(), "2", """
                {"complaintId":"%s","fromLevel":0,"toLevel":1,"reason":"deadline-missed",
                 "previousAssignee":"e-delivery-lead","comment":null,"escalatedAt":"2026-11-23T09:00:30Z",
                 "previousHandler":{"id":"e-delivery-lead","name":"Ivan Petrenko","email":"ivan@retail.example"},
                 "missedDeadline":"2026-11-23T09:00:00Z"}""".formatted(complaintId));

        List<? extends DomainEventMessage<?>> stream = events.readEvents(complaintId).asStream().toList();

        assertThat(stream.get(2).getPayload()).isInstanceOfSatisfying(ComplaintEvent.DeadlineApproaching.class, warned -> {
            assertThat(warned.assignee().language()).isNull();
            assertThat(warned.escalatesTo().language()).isNull();
        });
        assertThat(stream.get(3).getPayload()).isInstanceOfSatisfying(ComplaintEvent.Escalated.class,
                escalated -> assertThat(escalated.previousHandler()).isEqualTo(
                        new Employee("e-delivery-lead", "Ivan Petrenko", "ivan@retail.example")));
        Employee manager = new Employee("m-logistics", "Oksana Tkachenko", "oksana@retail.example");
        commands.sendAndWait(new AssignResponsible(complaintId, manager, 1, Instant.parse("2026-11-24T09:00:00Z"),
                List.of(), Instant.parse("2026-11-23T09:01:00Z")));
        assertThat(events.readEvents(complaintId).asStream().toList()).last().satisfies(event ->
                assertThat(event.getPayload()).isInstanceOfSatisfying(ComplaintEvent.Assigned.class,
                        assigned -> assertThat(assigned.level()).isEqualTo(1)));
    }

    /** A submission and its first assignment, stored as an older intake wrote them (no names, no languages). */
    private void storeSubmittedAndAssigned(String complaintId, String reference) {
        store(complaintId, 0, SUBMITTED, "1", """
                {"complaintId":"%s","reference":"%s","kind":"complaint","channel":"website",
                 "storeId":"kyiv-001","category":"delivery","text":"Late","customer":null,"language":"uk",
                 "submittedAt":"2026-11-20T09:00:00Z"}""".formatted(complaintId, reference));
        store(complaintId, 1, ComplaintEvent.Assigned.class.getName(), "1", """
                {"complaintId":"%s","assignee":{"id":"e-delivery-lead","name":"Ivan Petrenko","email":"ivan@retail.example"},
                 "level":0,"deadline":"2026-11-23T09:00:00Z",
                 "managers":[{"id":"m-logistics","name":"Oksana Tkachenko","email":"oksana@retail.example"}],
                 "assignedAt":"2026-11-20T09:00:01Z"}""".formatted(complaintId));
    }

    private void store(String complaintId, long sequence, String type, String revision, String payload) {
        jdbc.sql("""
                        INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                            time_stamp, payload_type, payload_revision, payload, meta_data)
                        VALUES (?, ?, ?, 'Complaint', '2026-11-20T09:00:00Z', ?, ?, ?, ?)""")
                .params(UUID.randomUUID().toString(), complaintId, sequence, type, revision,
                        payload.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8))
                .update();
    }

    /** A revision 0 of the submission that called the store {@code storeCode}. */
    @TestConfiguration(proxyBeanMethods = false)
    static class OlderSubmissionShape {

        @Bean
        SingleEventUpcaster storeCodeBecameStoreId() {
            return new SingleEventUpcaster() {
                @Override
                protected boolean canUpcast(IntermediateEventRepresentation representation) {
                    return representation.getType().equals(new SimpleSerializedType(SUBMITTED, "0"));
                }

                @Override
                protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
                    return representation.upcastPayload(new SimpleSerializedType(SUBMITTED, "1"),
                            com.fasterxml.jackson.databind.JsonNode.class, payload -> {
                                ObjectNode renamed = ((ObjectNode) payload).deepCopy();
                                renamed.set("storeId", renamed.remove("storeCode"));
                                return renamed;
                            });
                }
            };
        }
    }
}

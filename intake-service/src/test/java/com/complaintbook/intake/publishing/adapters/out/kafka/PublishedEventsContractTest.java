package com.complaintbook.intake.publishing.adapters.out.kafka;

import com.complaintbook.contracts.Channel;
import com.complaintbook.contracts.ClosureReason;
import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.contracts.EscalationReason;
import com.complaintbook.contracts.Language;
import com.complaintbook.contracts.LocalizedText;
import com.complaintbook.contracts.RejectionReason;
import com.complaintbook.contracts.SuggestionOutcome;
import com.complaintbook.contracts.Topics;
import com.complaintbook.contracts.events.ComplaintEventType;
import com.complaintbook.intake.domain.ComplaintEvent;
import com.complaintbook.intake.domain.Contact;
import com.complaintbook.intake.domain.Employee;
import com.complaintbook.kit.test.ContractSchemas;
import com.complaintbook.kit.test.ContractTypesNamed;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.mock.MockProducerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The producer side of the events' contract: every event intake can store, in every shape the
 * aggregate writes it (optional fields there and absent, every reason and outcome), goes through the
 * real publisher and comes out as a record the contracts' JSON Schemas accept, keyed by its
 * complaint. A stored event type, or a wire type, that gains no case here fails the tally below.
 * {@code PublishedEventsContractIT} holds what the running service publishes to the same check.
 */
class PublishedEventsContractTest {

    private static final Instant AT = Instant.parse("2026-11-20T09:15:30Z");
    private static final Instant LATER = AT.plus(Duration.ofDays(3));
    private static final Employee CLERK = new Employee("e-delivery-lead", "Ivan Petrenko", "ivan.petrenko@retail.example");
    private static final Employee MANAGER = new Employee("m-logistics", "Oksana Tkachenko", "oksana.tkachenko@retail.example");
    private static final Employee CEO = new Employee("ceo", "Taras Bondarenko", "taras.bondarenko@retail.example");
    private static final Employee CLERK_IN_UKRAINIAN = new Employee("e-delivery-lead", "Ivan Petrenko",
            "ivan.petrenko@retail.example", Language.UK);
    private static final Employee MANAGER_IN_ENGLISH = new Employee("m-logistics", "Oksana Tkachenko",
            "oksana.tkachenko@retail.example", Language.EN);

    @ParameterizedTest
    @MethodSource("everyShapeIntakeStores")
    void aStoredEventIsPublishedAsARecordTheContractsAccept(ComplaintEvent stored) {
        ProducerRecord<String, String> published = publish(List.of(stored)).get(0);

        assertThat(published.topic()).isEqualTo(Topics.COMPLAINT_EVENTS);
        ContractSchemas.assertEvent(published.key(), published.value());
    }

    @Test
    void aSubmissionCarriesTheCataloguesNamesAndStaffTheirLanguageOnTheWire() {
        String id = UUID.randomUUID().toString();
        LocalizedText store = new LocalizedText("Крещатик", "Хрещатик", "Khreshchatyk");
        LocalizedText address = new LocalizedText("ул. Крещатик, 22", "вул. Хрещатик, 22", "22 Khreshchatyk St");
        LocalizedText category = new LocalizedText("Доставка", "Доставка", "Delivery");

        List<ProducerRecord<String, String>> published = publish(List.of(
                new ComplaintEvent.Submitted(id, "KB-26-000004", ComplaintKind.COMPLAINT, Channel.TERMINAL, "kyiv-001",
                        "delivery", "Late.", null, Language.UK, AT, store, address, category),
                new ComplaintEvent.Assigned(id, CLERK_IN_UKRAINIAN, 0, LATER, List.of(MANAGER_IN_ENGLISH, CEO), AT)));

        JsonNode submitted = JsonMapper.builder().build().readTree(published.get(0).value()).get("payload");
        assertThat(submitted.get("storeName").get("uk").asString()).isEqualTo("Хрещатик");
        assertThat(submitted.get("storeAddress").get("en").asString()).isEqualTo("22 Khreshchatyk St");
        assertThat(submitted.get("categoryName").get("ru").asString()).isEqualTo("Доставка");
        JsonNode assigned = JsonMapper.builder().build().readTree(published.get(1).value()).get("payload");
        assertThat(assigned.get("assignee").get("language").asString()).isEqualTo("uk");
        assertThat(assigned.get("managers").get(0).get("language").asString()).isEqualTo("en");
        assertThat(assigned.get("managers").get(1).has("language")
                && !assigned.get("managers").get(1).get("language").isNull()).isFalse();
    }

    @Test
    void everyStoredTypeAndEveryWireTypeIsAmongTheCasesChecked() {
        List<ComplaintEvent> shapes = everyShapeIntakeStores().toList();

        Set<ComplaintEventType> checked = publish(shapes).stream()
                .map(record -> ContractSchemas.assertEvent(record.key(), record.value()))
                .collect(Collectors.toSet());

        assertThat(shapes.stream().map(Object::getClass).collect(Collectors.toSet()))
                .as("every kind of event the aggregate stores has a case")
                .containsExactlyInAnyOrder(ComplaintEvent.class.getPermittedSubclasses());
        assertThat(checked).as("intake writes every event on the events topic, so it checks every type")
                .containsExactlyInAnyOrder(ComplaintEventType.values());
        assertThat(ContractTypesNamed.eventTypes(getClass().getPackageName()))
                .as("the wire types the publication adapter names").containsExactlyInAnyOrder(ComplaintEventType.values());
    }

    static Stream<ComplaintEvent> everyShapeIntakeStores() {
        String id = UUID.randomUUID().toString();
        List<ComplaintEvent> shapes = new ArrayList<>();
        shapes.add(new ComplaintEvent.Submitted(id, "KB-26-000001", ComplaintKind.COMPLAINT, Channel.TERMINAL, "kyiv-001",
                "delivery", "The sofa arrived two weeks late.", new Contact("Olena", "olena@example.com", "+380441234567"),
                Language.UK, AT));
        shapes.add(new ComplaintEvent.Submitted(id, "KB-26-000002", ComplaintKind.SUGGESTION, Channel.WEBSITE, "lviv-001",
                "website", "Let me pay by card on delivery.", null, Language.EN, AT));
        shapes.add(new ComplaintEvent.Submitted(id, "KB-26-000003", ComplaintKind.COMPLAINT, Channel.WEBSITE, "kyiv-001",
                "pricing", "The price tag was wrong.", new Contact(null, "anon@example.com", null), Language.RU, AT));
        shapes.add(new ComplaintEvent.Submitted(id, "KB-26-000004", ComplaintKind.COMPLAINT, Channel.TERMINAL, "kyiv-001",
                "delivery", "The sofa arrived two weeks late.", null, Language.UK, AT,
                new LocalizedText("Крещатик", "Хрещатик", "Khreshchatyk"),
                new LocalizedText("ул. Крещатик, 22, Киев", "вул. Хрещатик, 22, Київ", "22 Khreshchatyk St, Kyiv"),
                new LocalizedText("Доставка", "Доставка", "Delivery")));
        shapes.add(new ComplaintEvent.Assigned(id, CLERK, 0, LATER, List.of(MANAGER, CEO), AT));
        shapes.add(new ComplaintEvent.Assigned(id, CEO, 2, LATER, List.of(), AT));
        shapes.add(new ComplaintEvent.Assigned(id, CLERK_IN_UKRAINIAN, 0, LATER, List.of(MANAGER_IN_ENGLISH, CEO), AT));
        shapes.add(new ComplaintEvent.DeadlineApproaching(id, 0, CLERK_IN_UKRAINIAN, LATER, MANAGER_IN_ENGLISH, AT));
        shapes.add(new ComplaintEvent.Escalated(id, 0, 1, EscalationReason.DEADLINE_MISSED, CLERK.id(), null, LATER,
                CLERK_IN_UKRAINIAN, LATER.minusMillis(300)));
        shapes.add(new ComplaintEvent.Escalated(id, 0, 1, EscalationReason.DEADLINE_MISSED, CLERK.id(), null, LATER,
                CLERK, LATER.minusMillis(300)));
        shapes.add(new ComplaintEvent.Escalated(id, 1, 2, EscalationReason.CUSTOMER_NOT_SATISFIED, MANAGER.id(),
                "A voucher is not a sofa", LATER, MANAGER, null));
        // As a revision 1 escalation is read: recorded before it carried who it climbed from.
        shapes.add(new ComplaintEvent.Escalated(id, 0, 1, EscalationReason.DEADLINE_MISSED, CLERK.id(), null, LATER,
                null, null));
        shapes.add(new ComplaintEvent.DeadlineApproaching(id, 0, CLERK, LATER, MANAGER, AT));
        shapes.add(new ComplaintEvent.DeadlineApproaching(id, 2, CEO, LATER, null, AT));
        shapes.add(new ComplaintEvent.DeadlineMissedAtTop(id, 2, CEO, LATER, LATER.plusMillis(300)));
        shapes.add(new ComplaintEvent.Answered(id, CLERK.id(), 0, "A voucher for 10%", null, false, LATER, AT));
        shapes.add(new ComplaintEvent.Answered(id, "e-deputy", 0, "A voucher for 10%", null, false, LATER, AT, CLERK.id()));
        shapes.add(new ComplaintEvent.Rejected(id, "e-deputy", 0, RejectionReason.DUPLICATE, null, false, LATER, AT,
                CLERK.id()));
        for (SuggestionOutcome outcome : SuggestionOutcome.values()) {
            shapes.add(new ComplaintEvent.Answered(id, CEO.id(), 2, "We will try it", outcome, true, null, AT));
        }
        for (RejectionReason reason : RejectionReason.values()) {
            shapes.add(new ComplaintEvent.Rejected(id, CLERK.id(), 0, reason, "Answered under KB-26-000001", false, LATER, AT));
        }
        shapes.add(new ComplaintEvent.Rejected(id, CEO.id(), 2, RejectionReason.OTHER, null, true, null, AT));
        for (ClosureReason reason : ClosureReason.values()) {
            shapes.add(new ComplaintEvent.Closed(id, reason, LATER));
        }
        return shapes.stream();
    }

    /** The events, stored one after another in one complaint's stream, through one batch of the publisher. */
    private static List<ProducerRecord<String, String>> publish(List<ComplaintEvent> events) {
        // The template closes its producer after each send; the mock must outlive that to keep its history.
        MockProducer<String, String> producer = new MockProducer<>(true, null, new StringSerializer(), new StringSerializer()) {
            @Override
            public void close(Duration timeout) {
            }
        };
        ComplaintEventPublisher publisher = new ComplaintEventPublisher(
                new KafkaTemplate<>(new MockProducerFactory<>(() -> producer)), JsonMapper.builder().build(),
                Duration.ofSeconds(5), new SimpleMeterRegistry());
        List<GenericDomainEventMessage<ComplaintEvent>> messages = new ArrayList<>();
        for (ComplaintEvent event : events) {
            messages.add(new GenericDomainEventMessage<>("Complaint", event.complaintId(), messages.size(), event,
                    Map.of(), UUID.randomUUID().toString(), AT));
        }
        ResultMessage<?> batch = DefaultUnitOfWork.startAndGet(messages.get(0)).executeWithResult(() -> {
            for (int position = 0; position < messages.size(); position++) {
                publisher.publish(messages.get(position), new GlobalSequenceTrackingToken(position));
            }
            return null;
        });
        assertThat(batch.isExceptional()).as("batch committed: %s", batch).isFalse();
        assertThat(producer.history()).as("published, none parked").hasSize(events.size())
                .allSatisfy(record -> assertThat(record.topic()).isEqualTo(Topics.COMPLAINT_EVENTS));
        return producer.history();
    }
}

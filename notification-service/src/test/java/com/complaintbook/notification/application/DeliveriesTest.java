package com.complaintbook.notification.application;

import com.complaintbook.contracts.Language;
import com.complaintbook.notification.domain.DeliveryKey;
import com.complaintbook.notification.domain.Fact;
import com.complaintbook.notification.domain.Notice;
import com.complaintbook.notification.domain.Purpose;
import com.complaintbook.notification.domain.Recipient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeliveriesTest {

    private final InMemoryDeliveryLog log = new InMemoryDeliveryLog();
    private final RecordingChannel channel = new RecordingChannel();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final Deliveries<RecordingChannel.Message> deliveries = new Deliveries<>(
            notice -> new Letter("Звернення " + notice.facts().get(Fact.COMPLAINT_ID), "Текст", notice.language()),
            log, channel, meters, Clock.fixed(Instant.parse("2026-11-20T09:16:00Z"), ZoneOffset.UTC));

    @Test
    void givenTheSameEventDeliveredTwice_thenOneMessageIsSent() {
        deliveries.deliver(List.of(acknowledgement("ev-1", "c-1", "olena@example.com")));
        deliveries.deliver(List.of(acknowledgement("ev-1", "c-1", "olena@example.com")));

        assertThat(channel.sent).hasSize(1);
        assertThat(log.status(key("ev-1", "olena@example.com"))).isEqualTo("SENT");
        assertThat(meters.get("complaintbook.notification.messages.sent").tags("purpose", "complaint-received", "language", "uk",
                "channel", "test").counter().count()).isEqualTo(1);
        assertThat(meters.get("complaintbook.notification.messages.duplicates").counter().count()).isEqualTo(1);
    }

    @Test
    void givenOneDeliveryTwiceInOneBatch_thenOneMessageIsSent() {
        deliveries.deliver(List.of(acknowledgement("ev-1", "c-1", "olena@example.com"),
                acknowledgement("ev-1", "c-1", "olena@example.com")));

        assertThat(channel.sent).hasSize(1);
        assertThat(meters.get("complaintbook.notification.messages.duplicates").counter().count()).isEqualTo(1);
    }

    @Test
    void givenAnotherEventForTheSameRecipient_thenItIsAnotherMessage() {
        deliveries.deliver(List.of(acknowledgement("ev-1", "c-1", "olena@example.com")));
        deliveries.deliver(List.of(acknowledgement("ev-2", "c-1", "olena@example.com")));

        assertThat(channel.sent).hasSize(2);
    }

    @Test
    void givenABatch_thenItIsClaimedTogetherSentOverOneConnectionAndRecordedTogether() {
        deliveries.deliver(List.of(
                acknowledgement("ev-1", "c-1", "olena@example.com"),
                assignment("ev-2", "c-1", "ivan@retail.example"),
                acknowledgement("ev-3", "c-2", "petro@example.com")));

        assertThat(channel.connections).singleElement().satisfies(connection -> assertThat(connection).hasSize(3));
        assertThat(channel.sentTo()).containsExactly("olena@example.com", "ivan@retail.example", "petro@example.com");
        assertThat(log.roundTrips).as("one claim, one record of what was sent").isEqualTo(2);
    }

    @Test
    void givenTheChannelFailsOneMessage_thenTheOthersLeaveAndTheFailureIsRecordedNamedAndRetried() {
        channel.failOnce.add("ivan@retail.example");
        List<Delivery> batch = List.of(
                acknowledgement("ev-1", "c-1", "olena@example.com"),
                assignment("ev-2", "c-1", "ivan@retail.example"),
                acknowledgement("ev-3", "c-2", "petro@example.com"));

        assertThatThrownBy(() -> deliveries.deliver(batch))
                .isInstanceOfSatisfying(DeliveryFailedException.class,
                        failed -> assertThat(failed.key()).isEqualTo(batch.get(1).key()))
                .hasRootCauseMessage("relay refused ivan@retail.example");
        assertThat(channel.sentTo()).containsExactly("olena@example.com", "petro@example.com");
        assertThat(log.status(batch.get(1).key())).isEqualTo("FAILED");
        assertThat(log.errors.get(batch.get(1).key())).contains("relay refused");
        assertThat(meters.get("complaintbook.notification.messages.failed").counter().count()).isEqualTo(1);

        deliveries.deliver(batch);

        assertThat(channel.sentTo()).containsExactly("olena@example.com", "petro@example.com", "ivan@retail.example");
        assertThat(batch).allSatisfy(delivery -> assertThat(log.status(delivery.key())).isEqualTo("SENT"));
    }

    @Test
    void givenALetterThatCannotBeWritten_thenTheLettersBeforeItLeaveItIsRecordedFailedAndNothingAfterItIsTouched() {
        List<Delivery> batch = List.of(
                acknowledgement("ev-1", "c-1", "olena@example.com"),
                acknowledgement("ev-2", "c-2", "not an address"),
                acknowledgement("ev-3", "c-3", "petro@example.com"));

        assertThatThrownBy(() -> deliveries.deliver(batch))
                .isInstanceOfSatisfying(DeliveryFailedException.class,
                        failed -> assertThat(failed.key()).isEqualTo(batch.get(1).key()))
                .hasCauseInstanceOf(IllegalArgumentException.class);

        assertThat(channel.sentTo()).containsExactly("olena@example.com");
        assertThat(log.status(batch.get(1).key())).isEqualTo("FAILED");
        assertThat(log.errors.get(batch.get(1).key())).contains("not an address");
        assertThat(log.status(batch.get(2).key())).as("comes again with the rest of the batch").isNull();
        assertThat(meters.get("complaintbook.notification.messages.failed").counter().count()).isEqualTo(1);
    }

    @Test
    void givenTwoLettersToOnePersonAboutOneComplaint_thenTheSecondLeavesOnlyAfterTheFirst() {
        channel.failOnce.add("olena@example.com");
        List<Delivery> batch = List.of(
                acknowledgement("ev-1", "c-1", "olena@example.com"),
                acknowledgement("ev-2", "c-2", "petro@example.com"),
                answer("ev-3", "c-1", "olena@example.com"));

        assertThatThrownBy(() -> deliveries.deliver(batch))
                .isInstanceOfSatisfying(DeliveryFailedException.class,
                        failed -> assertThat(failed.key()).isEqualTo(batch.get(0).key()));
        assertThat(channel.sentTo()).as("the answer waits for the acknowledgement").containsExactly("petro@example.com");

        deliveries.deliver(batch);

        assertThat(channel.sentTo()).containsExactly("petro@example.com", "olena@example.com", "olena@example.com");
        assertThat(channel.sent.get(1).key()).isEqualTo(batch.get(0).key());
        assertThat(channel.connections.subList(1, 3)).as("acknowledgement first, answer on the next connection")
                .extracting(List::size).containsExactly(1, 1);
    }

    @Test
    void givenTheLogGoesAwayAfterClaiming_thenTheRetryRecordsWhatLeftInsteadOfSendingItAgain() {
        List<Delivery> batch = List.of(acknowledgement("ev-1", "c-1", "olena@example.com"),
                acknowledgement("ev-2", "c-2", "petro@example.com"));
        log.awayAfterNextClaim = true;

        assertThatThrownBy(() -> deliveries.deliver(batch)).hasMessageContaining("away");
        assertThat(channel.sent).hasSize(2);
        assertThatThrownBy(() -> deliveries.deliver(batch)).hasMessageContaining("away");

        log.away = false;
        deliveries.deliver(batch);

        assertThat(channel.sent).as("nothing sent twice").hasSize(2);
        assertThat(batch).allSatisfy(delivery -> assertThat(log.status(delivery.key())).isEqualTo("SENT"));
    }

    @Test
    void givenACrashBetweenSendingAndRecording_thenTheRedeliverySendsAgainUnderTheSameKey() {
        Delivery delivery = acknowledgement("ev-1", "c-1", "olena@example.com");
        log.claim(List.of(delivery), Instant.EPOCH);

        deliveries.deliver(List.of(delivery));

        assertThat(channel.sent).singleElement().satisfies(message -> assertThat(message.key()).isEqualTo(delivery.key()));
    }

    private static Delivery acknowledgement(String eventId, String complaintId, String customer) {
        return delivery(eventId, complaintId, Purpose.COMPLAINT_RECEIVED, customer, Language.UK);
    }

    private static Delivery answer(String eventId, String complaintId, String customer) {
        return delivery(eventId, complaintId, Purpose.COMPLAINT_ANSWERED, customer, Language.UK);
    }

    private static Delivery assignment(String eventId, String complaintId, String assignee) {
        return delivery(eventId, complaintId, Purpose.COMPLAINT_ASSIGNED, assignee, Language.EN);
    }

    private static Delivery delivery(String eventId, String complaintId, Purpose purpose, String to, Language language) {
        Notice notice = new Notice(purpose, new Recipient(null, to), language, Map.of(Fact.COMPLAINT_ID, complaintId));
        return new Delivery(new DeliveryKey(eventId, purpose, to), complaintId, notice);
    }

    private static DeliveryKey key(String eventId, String customer) {
        return new DeliveryKey(eventId, Purpose.COMPLAINT_RECEIVED, customer);
    }
}

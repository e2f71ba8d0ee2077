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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeliveriesTest {

    private static final Notice NOTICE = new Notice(Purpose.COMPLAINT_RECEIVED, new Recipient("Olena", "olena@example.com"),
            Language.UK, Map.of(Fact.COMPLAINT_ID, "c-1"));

    private final InMemoryDeliveryLog log = new InMemoryDeliveryLog();
    private final RecordingChannel channel = new RecordingChannel();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final Deliveries deliveries = new Deliveries(
            notice -> new Letter("Звернення " + notice.facts().get(Fact.COMPLAINT_ID), "Текст", notice.language()),
            log, channel, meters, Clock.fixed(Instant.parse("2026-11-20T09:16:00Z"), ZoneOffset.UTC));

    @Test
    void givenTheSameEventDeliveredTwice_thenOneMessageIsSent() {
        deliveries.deliver("ev-1", "c-1", NOTICE);
        deliveries.deliver("ev-1", "c-1", NOTICE);

        assertThat(channel.sent).hasSize(1);
        assertThat(log.status(key("ev-1"))).isEqualTo("SENT");
        assertThat(meters.get("notification.messages.sent").tags("purpose", "complaint-received", "language", "uk",
                "channel", "test").counter().count()).isEqualTo(1);
        assertThat(meters.get("notification.messages.duplicates").counter().count()).isEqualTo(1);
    }

    @Test
    void givenAnotherEventForTheSameRecipient_thenItIsAnotherMessage() {
        deliveries.deliver("ev-1", "c-1", NOTICE);
        deliveries.deliver("ev-2", "c-1", NOTICE);

        assertThat(channel.sent).hasSize(2);
    }

    @Test
    void givenTheChannelFails_thenTheFailureIsRecordedAndRethrownAndARetrySends() {
        channel.failNext = true;

        assertThatThrownBy(() -> deliveries.deliver("ev-1", "c-1", NOTICE)).hasMessageContaining("relay down");
        assertThat(log.status(key("ev-1"))).isEqualTo("FAILED");
        assertThat(log.errors.get(key("ev-1"))).contains("relay down");
        assertThat(meters.get("notification.messages.failed").counter().count()).isEqualTo(1);

        deliveries.deliver("ev-1", "c-1", NOTICE);

        assertThat(channel.sent).hasSize(1);
        assertThat(log.status(key("ev-1"))).isEqualTo("SENT");
    }

    @Test
    void givenACrashBetweenSendingAndRecording_thenTheRedeliverySendsAgainUnderTheSameKey() {
        log.claim(key("ev-1"), "c-1", Instant.EPOCH);

        deliveries.deliver("ev-1", "c-1", NOTICE);

        assertThat(channel.sent).singleElement().satisfies(message -> assertThat(message.key()).isEqualTo(key("ev-1")));
    }

    private static DeliveryKey key(String eventId) {
        return new DeliveryKey(eventId, Purpose.COMPLAINT_RECEIVED, "olena@example.com");
    }

    private static final class RecordingChannel implements MessageChannel {
        private final List<OutgoingMessage> sent = new ArrayList<>();
        private boolean failNext;

        @Override
        public String name() {
            return "test";
        }

        @Override
        public String send(OutgoingMessage message) {
            if (failNext) {
                failNext = false;
                throw new IllegalStateException("relay down");
            }
            sent.add(message);
            return "ref-" + sent.size();
        }
    }

    /** The contract of {@link DeliveryLog} in memory: claimable unless SENT. */
    private static final class InMemoryDeliveryLog implements DeliveryLog {
        private final Map<DeliveryKey, String> statuses = new HashMap<>();
        private final Map<DeliveryKey, String> errors = new HashMap<>();

        @Override
        public boolean claim(DeliveryKey key, String complaintId, Instant at) {
            if ("SENT".equals(statuses.get(key))) {
                return false;
            }
            statuses.put(key, "SENDING");
            return true;
        }

        @Override
        public void markSent(DeliveryKey key, String channelReference, Instant at) {
            statuses.put(key, "SENT");
        }

        @Override
        public void markFailed(DeliveryKey key, String error, Instant at) {
            statuses.put(key, "FAILED");
            errors.put(key, error);
        }

        String status(DeliveryKey key) {
            return statuses.get(key);
        }
    }
}

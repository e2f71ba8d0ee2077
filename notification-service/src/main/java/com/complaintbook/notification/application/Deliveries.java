package com.complaintbook.notification.application;

import com.complaintbook.notification.domain.DeliveryKey;
import com.complaintbook.notification.domain.Notice;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Clock;
import java.util.Locale;

/**
 * Delivers one notice at most once per event and recipient: claim the delivery, send, record it
 * sent. A failed send is recorded and rethrown, so the event is retried; the retry claims the same
 * delivery again. A crash after sending but before recording sends once more on redelivery, with the
 * same message id, which is as close to once as a mail relay allows.
 */
public class Deliveries {

    private final LetterTemplates templates;
    private final DeliveryLog log;
    private final MessageChannel channel;
    private final MeterRegistry meters;
    private final Clock clock;

    public Deliveries(LetterTemplates templates, DeliveryLog log, MessageChannel channel, MeterRegistry meters, Clock clock) {
        this.templates = templates;
        this.log = log;
        this.channel = channel;
        this.meters = meters;
        this.clock = clock;
    }

    /** Delivers {@code notice}, caused by the event {@code eventId} of complaint {@code complaintId}. */
    public void deliver(String eventId, String complaintId, Notice notice) {
        DeliveryKey key = DeliveryKey.of(eventId, notice);
        Letter letter = templates.write(notice);
        if (!log.claim(key, complaintId, clock.instant())) {
            counter("notification.messages.duplicates", "Messages not sent again because their delivery was already sent",
                    notice).increment();
            return;
        }
        String reference;
        try {
            reference = channel.send(new OutgoingMessage(key, notice.recipient(), letter));
        } catch (RuntimeException failure) {
            recordFailure(key, failure);
            counter("notification.messages.failed", "Attempts to send a message that failed", notice).increment();
            throw failure;
        }
        log.markSent(key, reference, clock.instant());
        Counter.builder("notification.messages.sent")
                .description("Messages handed to a channel")
                .tag("purpose", notice.purpose().code())
                .tag("language", letter.language().name().toLowerCase(Locale.ROOT))
                .tag("channel", channel.name())
                .register(meters)
                .increment();
    }

    private void recordFailure(DeliveryKey key, RuntimeException failure) {
        try {
            log.markFailed(key, String.valueOf(failure), clock.instant());
        } catch (RuntimeException alsoFailed) {
            failure.addSuppressed(alsoFailed);
        }
    }

    private Counter counter(String name, String description, Notice notice) {
        return Counter.builder(name)
                .description(description)
                .tag("purpose", notice.purpose().code())
                .tag("channel", channel.name())
                .register(meters);
    }
}

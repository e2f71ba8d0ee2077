package com.complaintbook.notification.application;

import com.complaintbook.notification.domain.Notice;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.Locale;

/** What became of each message, counted by purpose and channel. */
final class DeliveryCounters {

    private final MeterRegistry meters;
    private final String channel;

    DeliveryCounters(MeterRegistry meters, String channel) {
        this.meters = meters;
        this.channel = channel;
    }

    void sent(Notice notice, Letter letter) {
        Counter.builder("complaintbook.notification.messages.sent")
                .description("Messages handed to a channel")
                .tag("purpose", notice.purpose().code())
                .tag("language", letter.language().name().toLowerCase(Locale.ROOT))
                .tag("channel", channel)
                .register(meters)
                .increment();
    }

    void failed(Notice notice) {
        counter("complaintbook.notification.messages.failed", "Attempts to send a message that failed", notice).increment();
    }

    void duplicate(Notice notice) {
        counter("complaintbook.notification.messages.duplicates", "Messages not sent again because their delivery was already sent",
                notice).increment();
    }

    private Counter counter(String name, String description, Notice notice) {
        return Counter.builder(name)
                .description(description)
                .tag("purpose", notice.purpose().code())
                .tag("channel", channel)
                .register(meters);
    }
}

package com.complaintbook.notification.adapters.in.kafka;

import com.complaintbook.contracts.Topics;
import com.complaintbook.notification.application.NotifyAboutComplaintEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Notifies about every record of the complaint events topic. The offset is committed only after
 * this returns, so a crash redelivers the record; the delivery records make the redelivery send
 * nothing twice.
 */
@Component
public class ComplaintEventsListener {

    private final ComplaintEventReader reader;
    private final NotifyAboutComplaintEvent notify;
    private final Counter unknownTypes;

    public ComplaintEventsListener(ComplaintEventReader reader, NotifyAboutComplaintEvent notify, MeterRegistry meters) {
        this.reader = reader;
        this.notify = notify;
        this.unknownTypes = Counter.builder("notification.events.skipped")
                .description("Events of a type or version this service does not know")
                .tag("reason", "unknown-type")
                .register(meters);
    }

    @KafkaListener(topics = Topics.COMPLAINT_EVENTS)
    public void on(ConsumerRecord<String, String> record) {
        reader.read(record.value()).ifPresentOrElse(notify::handle, unknownTypes::increment);
    }
}

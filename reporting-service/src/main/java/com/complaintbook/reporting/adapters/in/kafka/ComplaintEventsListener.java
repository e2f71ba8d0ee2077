package com.complaintbook.reporting.adapters.in.kafka;

import com.complaintbook.contracts.Topics;
import com.complaintbook.reporting.application.ProjectComplaintEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Projects every record of the complaint events topic. The offset is committed only after this
 * returns, so a crash redelivers the record; the projections make the redelivery harmless.
 */
@Component
public class ComplaintEventsListener {

    private final ComplaintEventReader reader;
    private final ProjectComplaintEvent projectEvent;
    private final Counter unknownTypes;

    public ComplaintEventsListener(ComplaintEventReader reader, ProjectComplaintEvent projectEvent, MeterRegistry meters) {
        this.reader = reader;
        this.projectEvent = projectEvent;
        this.unknownTypes = Counter.builder("reporting.events.skipped")
                .description("Events of a type or version this service does not know")
                .tag("reason", "unknown-type")
                .register(meters);
    }

    @KafkaListener(topics = Topics.COMPLAINT_EVENTS)
    public void on(ConsumerRecord<String, String> record) {
        reader.read(record.value()).ifPresentOrElse(projectEvent::project, unknownTypes::increment);
    }
}

package com.complaintbook.notification.adapters.in.kafka;

import com.complaintbook.kit.events.ContractEventReader;
import com.complaintbook.contracts.Topics;
import com.complaintbook.notification.application.EventFailedException;
import com.complaintbook.notification.application.NotifyAboutComplaintEvents;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Notifies about the records of the complaint events topic, a poll at a time. The offsets are
 * committed only after this returns, so a crash redelivers the batch; the delivery records make the
 * redelivery send nothing twice.
 *
 * <p>When a record fails, this throws {@link BatchListenerFailedException} naming it, once every
 * record before it is handled: the error handler commits those, retries or parks the failed one as
 * its cause deserves, and delivers the rest again. So an unreadable record ends its batch: the
 * records before it are handled, it is parked at once, and the ones after it come with the next poll.
 */
@Component
public class ComplaintEventsListener {

    private final ContractEventReader reader;
    private final NotifyAboutComplaintEvents notify;
    private final Counter unknownTypes;

    public ComplaintEventsListener(ContractEventReader reader, NotifyAboutComplaintEvents notify, MeterRegistry meters) {
        this.reader = reader;
        this.notify = notify;
        this.unknownTypes = Counter.builder("complaintbook.notification.events.skipped")
                .description("Events of a type or version this service does not know")
                .tag("reason", "unknown-type")
                .register(meters);
    }

    @KafkaListener(topics = Topics.COMPLAINT_EVENTS, batch = "true")
    public void on(List<ConsumerRecord<String, String>> records) {
        EventBatch batch = EventBatch.read(records, reader);
        unknownTypes.increment(batch.unknownTypes());
        try {
            notify.handle(batch.events());
        } catch (EventFailedException failed) {
            throw new BatchListenerFailedException("Could not notify about the event", failed.getCause(),
                    batch.recordIndexOf(failed.position()));
        }
        batch.unreadable().ifPresent(unreadable -> {
            throw new BatchListenerFailedException("Not a readable event", unreadable.reason(), unreadable.recordIndex());
        });
    }
}

package com.complaintbook.reporting.adapters.in.kafka;

import com.complaintbook.kit.events.ContractEventReader;
import com.complaintbook.contracts.Topics;
import com.complaintbook.reporting.application.ProjectComplaintEvents;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Projects the records of each poll of the complaint events topic as one batch.
 *
 * <p>When every record is done, this returns and the poll's offsets are committed. Otherwise it
 * throws a {@link BatchListenerFailedException} naming the first record that is not: every record
 * before it is applied by then, so the error handler commits up to it, parks that record at once
 * (unreadable, or refused by a read model) or tries it again (anything else, such as MongoDB being
 * down), and hands the records after it out again, which the projections' idempotency absorbs.
 */
@Component
public class ComplaintEventsListener {

    private final ContractEventReader reader;
    private final ProjectComplaintEvents projectEvents;
    private final Counter unknownTypes;
    private final DistributionSummary batchSizes;

    public ComplaintEventsListener(ContractEventReader reader, ProjectComplaintEvents projectEvents, MeterRegistry meters) {
        this.reader = reader;
        this.projectEvents = projectEvents;
        this.unknownTypes = Counter.builder("complaintbook.reporting.events.skipped")
                .description("Events of a type or version this service does not know")
                .tag("reason", "unknown-type")
                .register(meters);
        this.batchSizes = DistributionSummary.builder("complaintbook.reporting.events.batch.size")
                .description("Records handed to the projections per poll; near max.poll.records, the consumer is behind")
                .baseUnit("records")
                .register(meters);
    }

    @KafkaListener(topics = Topics.COMPLAINT_EVENTS, batch = "true")
    public void on(List<ConsumerRecord<String, String>> records) {
        batchSizes.record(records.size());
        PolledEvents polled = PolledEvents.read(records, reader);
        Optional<BatchListenerFailedException> failure = projectEvents.project(polled.events())
                .map(failed -> new BatchListenerFailedException("Complaint event not projected", failed.cause(),
                        polled.positionOf(failed.index())))
                .or(() -> polled.unreadable().map(unreadable -> new BatchListenerFailedException(
                        "Record is not a complaint event", unreadable.reason(), unreadable.position())));
        // Records from the failed one on are delivered again, and counted then.
        unknownTypes.increment(polled.unknownTypesBefore(failure.map(BatchListenerFailedException::getIndex)
                .orElse(records.size())));
        if (failure.isPresent()) {
            throw failure.get();
        }
    }
}

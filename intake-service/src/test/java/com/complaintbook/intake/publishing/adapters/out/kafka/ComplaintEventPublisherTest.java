package com.complaintbook.intake.publishing.adapters.out.kafka;

import com.complaintbook.contracts.ClosureReason;
import com.complaintbook.contracts.Topics;
import com.complaintbook.intake.domain.ComplaintEvent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.mock.MockProducerFactory;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * How a batch of the publisher ends when the broker answers a send with a failure: a broker that is
 * away fails the batch for the processor to try again, and nothing is parked; a record the broker
 * refuses for good is parked and the batch goes on. The producer answers on the test's command, so a
 * batch runs on a thread of its own while the test plays the broker.
 */
class ComplaintEventPublisherTest {

    private static final Instant AT = Instant.parse("2026-11-20T09:15:30Z");

    private final ExecutorService batches = Executors.newSingleThreadExecutor();
    private final AtomicInteger sendsWhileAway = new AtomicInteger();
    private volatile boolean away;
    private volatile boolean refusingAtOnce;
    // The template closes its producer after each send; the mock must outlive that to keep its history.
    private final MockProducer<String, String> broker = new MockProducer<>(false, null, new StringSerializer(),
            new StringSerializer()) {
        @Override
        public void close(Duration timeout) {
        }

        /** While the broker is away, a send gives up as the real producer's does once max.block.ms passed. */
        @Override
        public synchronized Future<RecordMetadata> send(ProducerRecord<String, String> record, Callback callback) {
            if (away) {
                sendsWhileAway.incrementAndGet();
                TimeoutException gaveUp = new TimeoutException("Topic not present in metadata after 5000 ms.");
                callback.onCompletion(null, gaveUp);
                return CompletableFuture.failedFuture(gaveUp);
            }
            if (refusingAtOnce && record.topic().equals(Topics.COMPLAINT_EVENTS)) {
                RecordTooLargeException refused = new RecordTooLargeException("larger than max.request.size");
                callback.onCompletion(null, refused);
                return CompletableFuture.failedFuture(refused);
            }
            return super.send(record, callback);
        }
    };
    private final ComplaintEventPublisher publisher = new ComplaintEventPublisher(
            new KafkaTemplate<>(new MockProducerFactory<>(() -> broker)), JsonMapper.builder().build(),
            Duration.ofSeconds(5), new SimpleMeterRegistry());

    @AfterEach
    void stop() {
        batches.shutdownNow();
    }

    @Test
    void givenTheBrokerAway_whenAnEventOfTheBatchFails_thenTheBatchFailsWithoutSendingTheRestAndNothingIsParked()
            throws Exception {
        away = true;

        ResultMessage<?> batch = batches.submit(() -> publishBatch(3)).get();

        assertThat(batch.isExceptional()).as("the batch is handed back for the processor's back-off").isTrue();
        assertThat(batch.exceptionResult()).isInstanceOf(EventNotPublished.class);
        assertThat(sendsWhileAway).as("the other two events were not sent into the outage, nor anything parked")
                .hasValue(1);
        assertThat(broker.history()).isEmpty();
    }

    @Test
    void givenALeaderMovingAway_whenTheBatchIsAwaited_thenItFailsForAnotherTryAndNothingIsParked() throws Exception {
        Future<ResultMessage<?>> batch = batches.submit(() -> publishBatch(1));
        await().until(() -> broker.history().size() == 1);

        broker.errorNext(new NotLeaderOrFollowerException("leader moved"));

        assertThat(batch.get().isExceptional()).isTrue();
        assertThat(broker.history()).extracting(ProducerRecord::topic).containsExactly(Topics.COMPLAINT_EVENTS);
    }

    @Test
    void givenARecordTheBrokerRefusesForGood_whenTheBatchIsAwaited_thenItIsParkedAndTheBatchCommits() throws Exception {
        Future<ResultMessage<?>> batch = batches.submit(() -> publishBatch(1));
        await().until(() -> broker.history().size() == 1);

        broker.errorNext(new RecordTooLargeException("too large"));
        await().until(() -> broker.history().size() == 2);
        broker.completeNext();

        assertThat(batch.get().isExceptional()).as("batch: %s", batch.get()).isFalse();
        assertThat(broker.history()).extracting(ProducerRecord::topic)
                .containsExactly(Topics.COMPLAINT_EVENTS, ComplaintEventPublisher.DEAD_LETTER_TOPIC);
    }

    @Test
    void givenARecordTheProducerRefusesAtOnce_whenSent_thenItIsParkedAndTheBatchCommits() throws Exception {
        refusingAtOnce = true;

        Future<ResultMessage<?>> batch = batches.submit(() -> publishBatch(1));
        await().until(() -> broker.history().size() == 1);
        broker.completeNext();

        assertThat(batch.get().isExceptional()).as("batch: %s", batch.get()).isFalse();
        assertThat(broker.history()).extracting(ProducerRecord::topic)
                .containsExactly(ComplaintEventPublisher.DEAD_LETTER_TOPIC);
    }

    /** One unit of work over {@code size} events of one complaint, as the processor runs a batch. */
    private ResultMessage<?> publishBatch(int size) {
        String complaintId = UUID.randomUUID().toString();
        List<GenericDomainEventMessage<ComplaintEvent>> messages = IntStream.range(0, size)
                .mapToObj(sequence -> new GenericDomainEventMessage<ComplaintEvent>("Complaint", complaintId, sequence,
                        new ComplaintEvent.Closed(complaintId, ClosureReason.values()[0], AT), Map.of(),
                        UUID.randomUUID().toString(), AT))
                .toList();
        return DefaultUnitOfWork.startAndGet(messages.get(0)).executeWithResult(() -> {
            for (int position = 0; position < messages.size(); position++) {
                publisher.publish(messages.get(position), new GlobalSequenceTrackingToken(position));
            }
            return null;
        });
    }
}

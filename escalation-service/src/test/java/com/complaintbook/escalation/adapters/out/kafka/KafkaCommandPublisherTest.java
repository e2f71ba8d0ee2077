package com.complaintbook.escalation.adapters.out.kafka;

import com.complaintbook.escalation.application.CommandPublisher;
import com.complaintbook.escalation.domain.DueTimer;
import com.complaintbook.escalation.domain.Firing;
import com.complaintbook.escalation.domain.NextAction;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.mock.MockProducerFactory;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command refused for itself is set apart and the rest of the batch still goes out; the broker out of
 * reach fails the batch, to be tried again whole.
 */
class KafkaCommandPublisherTest {

    private static final Instant DEADLINE = Instant.parse("2026-11-23T09:15:30Z");

    @Test
    void givenACommandTheClientRefusesForItself_thenItIsPoisonedAndTheOthersAreSent() {
        MockProducer<String, String> producer = producer(new StringSerializer() {
            @Override
            public byte[] serialize(String topic, String data) {
                if (data.contains("c-poison")) {
                    throw new SerializationException("cannot serialise this one");
                }
                return super.serialize(topic, data);
            }
        });
        Firing poison = firing("c-poison");
        Firing fine = firing("c-fine");

        CommandPublisher.Published published = publisher(producer).publish(List.of(poison, fine));

        assertThat(published.poisoned()).containsExactly(poison);
        assertThat(published.acknowledged()).containsExactly(fine);
        assertThat(published.failure()).isNull();
        assertThat(producer.history()).extracting(ProducerRecord::key).containsExactly("c-fine");
    }

    @Test
    void givenTheBrokerOutOfReach_thenTheBatchFailsAndNothingIsPoisoned() {
        MockProducer<String, String> producer = new MockProducer<>(true, null, new StringSerializer(),
                new StringSerializer()) {
            @Override
            public synchronized Future<RecordMetadata> send(ProducerRecord<String, String> record, Callback callback) {
                throw new TimeoutException("Topic not present in metadata after 5000 ms.");
            }

            @Override
            public void close(Duration timeout) {
            }
        };

        CommandPublisher.Published published = publisher(producer).publish(List.of(firing("c-1"), firing("c-2")));

        assertThat(published.acknowledged()).isEmpty();
        assertThat(published.poisoned()).isEmpty();
        assertThat(published.failure()).isNotNull();
    }

    private static KafkaCommandPublisher publisher(MockProducer<String, String> producer) {
        return new KafkaCommandPublisher(new KafkaTemplate<>(new MockProducerFactory<>(() -> producer)),
                JsonMapper.builder().build(), Duration.ofSeconds(5));
    }

    private static MockProducer<String, String> producer(StringSerializer values) {
        // The template closes its producer after each send; the mock must outlive that to keep its history.
        return new MockProducer<>(true, null, new StringSerializer(), values) {
            @Override
            public void close(Duration timeout) {
            }
        };
    }

    private static Firing firing(String complaintId) {
        return new DueTimer(complaintId, 0, 4, 1, NextAction.breachAt(DEADLINE), null).firing(DEADLINE);
    }
}

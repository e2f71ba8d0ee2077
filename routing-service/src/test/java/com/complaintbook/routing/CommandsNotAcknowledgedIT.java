package com.complaintbook.routing;

import com.complaintbook.contracts.Topics;
import com.complaintbook.kit.kafka.ConsumerFailurePolicy;
import com.complaintbook.kit.test.EmbeddedMongo;
import com.complaintbook.kit.test.TopicRecorder;
import com.complaintbook.routing.application.AssignmentDecision;
import com.complaintbook.routing.application.AssignmentPublisher;
import com.complaintbook.routing.application.AssignmentsNotPublishedException;
import com.complaintbook.routing.application.Publication;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static com.complaintbook.routing.RoutingTestSupport.DEAD_LETTERS;
import static com.complaintbook.routing.RoutingTestSupport.GROUP;
import static com.complaintbook.routing.RoutingTestSupport.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The broker stops acknowledging routing's commands for a while: the kit's failure policy holds the
 * event that caused them, parks nothing, says so on readiness meanwhile, and sends the command once
 * the broker acknowledges again. The broker's silence is played by a publisher in front of the real
 * one that reports every publication as not acknowledged, as the real one does when its send-timeout
 * runs out. Retries are quick here (100 ms to 500 ms) to keep the test short.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "complaintbook.kafka.retry.initial-interval=100ms",
        "complaintbook.kafka.retry.max-interval=500ms",
        "management.endpoint.health.show-details=always",
        "complaintbook.routing.organisation.file=src/test/resources/organisation/test-organisation.yaml"})
@EmbeddedKafka(topics = Topics.COMPLAINT_EVENTS, partitions = 1,
        bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@AutoConfigureWebTestClient
@Import(EmbeddedMongo.class)
class CommandsNotAcknowledgedIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** More attempts than the bounded retries routing had before the kit's policy (4) ever made at one record. */
    private static final int MANY_ATTEMPTS = 8;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    SilentBroker silentBroker;

    @Autowired
    MeterRegistry meters;

    @Autowired
    WebTestClient web;

    private KafkaProducer<String, String> producer;
    private TopicRecorder recorder;

    @BeforeEach
    void connect() {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
        recorder = new TopicRecorder(broker.getBrokersAsString(), Topics.COMPLAINT_COMMANDS, DEAD_LETTERS);
    }

    @AfterEach
    void disconnect() {
        silentBroker.silent.set(false);
        producer.close();
        recorder.close();
    }

    @Test
    void givenTheBrokerNotAcknowledgingCommands_thenTheEventIsHeldNotParkedReadinessIsDownAndTheCommandGoesOutOnceItDoes() {
        String complaintId = UUID.randomUUID().toString();
        double parkedBefore = meters.find(ConsumerFailurePolicy.DEAD_LETTERED).counters().stream()
                .mapToDouble(counter -> counter.count()).sum();
        silentBroker.silent.set(true);

        send(complaintId, event("ComplaintSubmitted", complaintId));

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(silentBroker.attempts(complaintId)).isGreaterThanOrEqualTo(MANY_ATTEMPTS);
            readiness(503);
            web.get().uri("/actuator/health/consumers").exchange()
                    .expectStatus().isEqualTo(503)
                    .expectBody()
                    .jsonPath("$.details.group").isEqualTo(GROUP)
                    .jsonPath("$.details.retrying").exists();
        });
        assertThat(meters.get("complaintbook.consumer.retrying").tag("group", GROUP).gauge().value()).isEqualTo(1);
        assertThat(recorder.records(DEAD_LETTERS, complaintId)).isEmpty();
        assertThat(recorder.records(Topics.COMPLAINT_COMMANDS, complaintId)).isEmpty();

        silentBroker.silent.set(false);

        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(recorder.records(Topics.COMPLAINT_COMMANDS, complaintId)).hasSize(1));
        await().atMost(PATIENCE).untilAsserted(() -> readiness(200));
        assertThat(recorder.records(DEAD_LETTERS, complaintId)).isEmpty();
        assertThat(meters.find(ConsumerFailurePolicy.DEAD_LETTERED).counters().stream()
                .mapToDouble(counter -> counter.count()).sum()).isEqualTo(parkedBefore);
    }

    private void readiness(int status) {
        web.get().uri("/actuator/health/readiness").exchange().expectStatus().isEqualTo(status);
    }

    private void send(String key, ObjectNode event) {
        try {
            producer.send(new ProducerRecord<>(Topics.COMPLAINT_EVENTS, key, event.toString())).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stands in front of the real publisher; while silent, no publication is acknowledged and nothing is sent. */
    static final class SilentBroker implements AssignmentPublisher {

        final AtomicBoolean silent = new AtomicBoolean();
        private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
        private final AssignmentPublisher real;

        SilentBroker(AssignmentPublisher real) {
            this.real = real;
        }

        int attempts(String complaintId) {
            return attempts.getOrDefault(complaintId, new AtomicInteger()).get();
        }

        @Override
        public Publication publish(List<AssignmentDecision> decisions) {
            decisions.forEach(decision -> attempts.computeIfAbsent(decision.complaintId(), id -> new AtomicInteger())
                    .incrementAndGet());
            if (!silent.get() || decisions.isEmpty()) {
                return real.publish(decisions);
            }
            return () -> {
                throw new AssignmentsNotPublishedException("AssignComplaint for complaint %s was not acknowledged"
                        .formatted(decisions.get(0).complaintId()), 0, new TimeoutException("no acknowledgement"));
            };
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class SilentBrokerConfiguration {

        @Bean
        @Primary
        SilentBroker silentBroker(@Qualifier("assignmentPublisher") AssignmentPublisher real) {
            return new SilentBroker(real);
        }
    }
}

package com.complaintbook.intake.catalogue.adapters.in.kafka;

import com.complaintbook.contracts.Language;
import com.complaintbook.contracts.LocalizedText;
import com.complaintbook.contracts.Topics;
import com.complaintbook.contracts.catalogue.CatalogueCategory;
import com.complaintbook.contracts.catalogue.CatalogueEntryType;
import com.complaintbook.contracts.catalogue.CatalogueEnvelope;
import com.complaintbook.contracts.catalogue.CatalogueRegion;
import com.complaintbook.contracts.catalogue.CatalogueStaff;
import com.complaintbook.contracts.catalogue.CatalogueStore;
import com.complaintbook.contracts.catalogue.CatalogueVersion;
import com.complaintbook.intake.catalogue.application.Catalogue;
import com.complaintbook.intake.catalogue.application.CatalogueDigest;
import com.complaintbook.intake.catalogue.application.CurrentCatalogue;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader on its own thread, against consumers the test scripts: what it offers while it catches
 * up, and what stays in force when the broker fails it.
 */
class CatalogueReaderLifecycleTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TopicPartition PARTITION = new TopicPartition(Topics.CATALOGUE, 0);
    private static final Instant AT = Instant.parse("2026-12-01T08:00:00Z");

    private final BlockingQueue<MockConsumer<String, String>> consumers = new LinkedBlockingQueue<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    /** Every version offered, in order. */
    private final List<Long> offered = new CopyOnWriteArrayList<>();
    private final CurrentCatalogue current = new CurrentCatalogue() {
        @Override
        public void replaceWith(Catalogue catalogue) {
            offered.add(catalogue.version());
            super.replaceWith(catalogue);
        }
    };
    private final CatalogueReader reader = new CatalogueReader(this::nextConsumer, current, JSON,
            new CatalogueReaderProperties(Duration.ofMillis(10), Duration.ofSeconds(1),
                    new CatalogueReaderProperties.Retry(Duration.ofMillis(10), Duration.ofMillis(50))),
            Clock.systemUTC(), meters);
    private final CatalogueHealthIndicator health = new CatalogueHealthIndicator(current, reader);
    /** The thread the readers read on, as their consumers were asked for on it. */
    private final AtomicReference<Thread> readerThread = new AtomicReference<>();
    /** A reader that backs off a minute after a failure, long enough to be caught doing so. */
    private final CatalogueReader slowReader = new CatalogueReader(this::nextConsumer, current, JSON,
            new CatalogueReaderProperties(Duration.ofMillis(10), Duration.ofSeconds(1),
                    new CatalogueReaderProperties.Retry(Duration.ofMinutes(1), Duration.ofMinutes(1))),
            Clock.systemUTC(), meters);
    private final CatalogueHealthIndicator slowHealth = new CatalogueHealthIndicator(current, slowReader);

    @AfterEach
    void stop() {
        reader.stop();
    }

    @Test
    void givenTwoVersionsOnTheTopic_whenStarted_thenTheLastIsOfferedOnceTheReaderHasCaughtUp() {
        List<ConsumerRecord<String, String>> topic = new ArrayList<>();
        topic.addAll(version(1, "kyiv-001"));
        topic.addAll(version(2, "kyiv-001", "lviv-001"));
        consumers.add(consumerOf(topic, 2));

        reader.start();

        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> current.loaded().isPresent());
        assertThat(offered).as("version 1 was history by the time the reader caught up").containsExactly(2L);
        assertThat(current.require().stores()).containsOnlyKeys("kyiv-001", "lviv-001");
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void givenAVersionInForce_whenTheBrokerFailsTheReader_thenItStaysInForceUntilTheTopicIsReadAgainWhole() {
        MockConsumer<String, String> first = consumerOf(version(1, "kyiv-001"), 1);
        first.schedulePollTask(() -> first.setPollException(new KafkaException("the broker went away")));
        List<ConsumerRecord<String, String>> again = new ArrayList<>(version(1, "kyiv-001"));
        again.addAll(version(2, "kyiv-001", "odesa-001"));
        MockConsumer<String, String> second = consumerOf(again, 1);
        consumers.add(first);

        reader.start();
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> current.loaded().isPresent());
        Catalogue inForce = current.require();
        assertThat(inForce.version()).isEqualTo(1);

        Awaitility.await().atMost(Duration.ofSeconds(5))
                .until(() -> meters.get("complaintbook.intake.catalogue.read.failures").counter().count() >= 1);
        assertThat(current.require()).isSameAs(inForce);
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        assertThat(health.health().getDetails()).containsKey("lastFailure");
        assertThat(first.closed()).isTrue();

        consumers.add(second);
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> current.require().version() == 2);
        assertThat(current.require().stores()).containsOnlyKeys("kyiv-001", "odesa-001");
        assertThat(health.health().getDetails()).doesNotContainKey("lastFailure");
    }

    @Test
    void givenNoWholeVersionOnTheTopic_whenCaughtUp_thenNothingIsOfferedAndReadinessIsDown() {
        List<ConsumerRecord<String, String>> entriesOnly = version(1, "kyiv-001");
        entriesOnly.remove(entriesOnly.size() - 1);
        MockConsumer<String, String> consumer = consumerOf(entriesOnly, 1);
        consumers.add(consumer);

        reader.start();

        Awaitility.await().atMost(Duration.ofSeconds(5)).ignoreExceptions()
                .until(() -> consumer.position(PARTITION) == entriesOnly.size());
        assertThat(current.loaded()).isEmpty();
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void givenAVersionInForce_whenTheReaderThreadDiesOfAnError_thenReadinessIsDownAndTheDeathCounted() {
        MockConsumer<String, String> first = consumerOf(version(1, "kyiv-001"), 1);
        first.schedulePollTask(() -> {
            throw new OutOfMemoryError("Java heap space");
        });
        consumers.add(first);

        reader.start();

        Awaitility.await().atMost(Duration.ofSeconds(5))
                .until(() -> meters.get("complaintbook.intake.catalogue.reader.deaths").counter().count() == 1);
        assertThat(current.loaded()).isPresent();
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.health().getDetails()).containsEntry("death", "OutOfMemoryError: Java heap space");
    }

    @Test
    void givenTheReaderBackingOff_whenItsThreadIsInterrupted_thenReadinessIsDownAndTheDeathCounted() {
        MockConsumer<String, String> first = consumerOf(version(1, "kyiv-001"), 1);
        first.schedulePollTask(() -> first.setPollException(new KafkaException("the broker went away")));
        consumers.add(first);
        slowReader.start();
        Awaitility.await().atMost(Duration.ofSeconds(5))
                .until(() -> meters.get("complaintbook.intake.catalogue.read.failures").counter().count() == 1);

        readerThread.get().interrupt();

        Awaitility.await().atMost(Duration.ofSeconds(5))
                .until(() -> meters.get("complaintbook.intake.catalogue.reader.deaths").counter().count() == 1);
        assertThat(slowHealth.health().getStatus()).isEqualTo(Status.DOWN);
        slowReader.stop();
    }

    @Test
    void givenAStoppedReader_whenStartedAgain_thenItBacksOffAgainAfterAFailureRatherThanSpinning() {
        consumers.add(failingConsumer());
        slowReader.start();
        Awaitility.await().atMost(Duration.ofSeconds(5))
                .until(() -> meters.get("complaintbook.intake.catalogue.read.failures").counter().count() == 1);
        slowReader.stop();
        consumers.add(failingConsumer());
        consumers.add(failingConsumer());

        slowReader.start();

        Awaitility.await().atMost(Duration.ofSeconds(5))
                .until(() -> meters.get("complaintbook.intake.catalogue.read.failures").counter().count() == 2);
        Awaitility.await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                .until(() -> consumers.size() == 1);
        slowReader.stop();
        assertThat(slowReader.isRunning()).isFalse();
    }

    /** A consumer whose broker fails the reader at once. */
    private static MockConsumer<String, String> failingConsumer() {
        MockConsumer<String, String> consumer = consumerOf(List.of(), 1);
        consumer.setPollException(new KafkaException("the broker went away"));
        return consumer;
    }

    /** Hands out the consumers the test queued, one per reading of the topic; waits for the next one. */
    private Consumer<String, String> nextConsumer() {
        readerThread.set(Thread.currentThread());
        try {
            return consumers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A consumer of a topic holding these records (numbered from 0), handed out over the first {@code polls} polls. */
    private static MockConsumer<String, String> consumerOf(List<ConsumerRecord<String, String>> unnumbered, int polls) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (ConsumerRecord<String, String> record : unnumbered) {
            records.add(new ConsumerRecord<>(Topics.CATALOGUE, 0, records.size(), record.key(), record.value()));
        }
        MockConsumer<String, String> consumer = new MockConsumer<>("earliest");
        consumer.updateBeginningOffsets(Map.of(PARTITION, 0L));
        consumer.updateEndOffsets(Map.of(PARTITION, (long) records.size()));
        int perPoll = (records.size() + polls - 1) / polls;
        for (int from = 0; from < records.size(); from += perPoll) {
            List<ConsumerRecord<String, String>> batch = records.subList(from, Math.min(records.size(), from + perPoll));
            consumer.schedulePollTask(() -> batch.forEach(consumer::addRecord));
        }
        return consumer;
    }

    /** A version as routing writes it: its entries, then its marker. */
    private static List<ConsumerRecord<String, String>> version(long version, String... storeIds) {
        List<Object[]> entries = new ArrayList<>();
        for (String storeId : storeIds) {
            entries.add(new Object[] {CatalogueEntryType.STORE, storeId,
                    new CatalogueStore(storeId, names(storeId), names(storeId + ", 1"), "kyiv", "Europe/Kyiv")});
        }
        entries.add(new Object[] {CatalogueEntryType.REGION, "kyiv", new CatalogueRegion("kyiv", names("Kyiv"), null)});
        entries.add(new Object[] {CatalogueEntryType.CATEGORY, "delivery", new CatalogueCategory("delivery", names("Delivery"))});
        entries.add(new Object[] {CatalogueEntryType.STAFF, "ceo",
                new CatalogueStaff("ceo", "Taras Bondarenko", "ceo@retail.example", Language.UK, List.of())});
        SortedMap<String, String> json = new TreeMap<>();
        entries.forEach(entry -> json.put(((CatalogueEntryType) entry[0]).key((String) entry[1]), JSON.writeValueAsString(entry[2])));
        entries.add(new Object[] {CatalogueEntryType.VERSION, null,
                new CatalogueVersion(version, AT, storeIds.length, 1, 1, 1, CatalogueDigest.of(json))});
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (Object[] entry : entries) {
            CatalogueEntryType type = (CatalogueEntryType) entry[0];
            records.add(new ConsumerRecord<>(Topics.CATALOGUE, 0, 0, type.key((String) entry[1]),
                    JSON.writeValueAsString(new CatalogueEnvelope<>(type.logicalName(), type.version(), version, AT, entry[2]))));
        }
        return records;
    }

    private static LocalizedText names(String english) {
        return new LocalizedText(english, english, english);
    }
}

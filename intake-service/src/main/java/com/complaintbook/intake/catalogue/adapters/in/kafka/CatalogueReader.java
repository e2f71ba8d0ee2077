package com.complaintbook.intake.catalogue.adapters.in.kafka;

import com.complaintbook.contracts.Topics;
import com.complaintbook.contracts.catalogue.CatalogueEntryType;
import com.complaintbook.contracts.catalogue.CatalogueEnvelope;
import com.complaintbook.contracts.catalogue.CatalogueVersion;
import com.complaintbook.intake.catalogue.application.Catalogue;
import com.complaintbook.intake.catalogue.application.CatalogueBuffer;
import com.complaintbook.intake.catalogue.application.CurrentCatalogue;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Reads routing's catalogue topic from its beginning, on a thread of its own, and keeps intake's
 * {@link CurrentCatalogue} at the latest whole version.
 *
 * <p>No consumer group: every instance reads the whole (compacted, one-partition) topic, from the
 * first record, each time it starts, and commits nothing. Records are applied in topic order to a
 * {@link CatalogueBuffer}; a version marker turns the buffer into a catalogue when its counts hold.
 * Until the reader has read up to where the topic ended when it started, and one marker has applied
 * on the way, nothing is offered: the versions met while catching up are history, and the last one
 * is the catalogue. After that each applied marker replaces the catalogue at once, and the reader
 * keeps polling, so a change reaches submissions within a poll.
 *
 * <p>When the broker fails the reader it starts over from the beginning after a back-off, the
 * catalogue in force staying in force until the new read has caught up.
 */
public class CatalogueReader implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CatalogueReader.class);
    private static final TopicPartition PARTITION = new TopicPartition(Topics.CATALOGUE, 0);
    private static final TypeReference<CatalogueEnvelope<JsonNode>> ENVELOPE = new TypeReference<>() { };

    private final Supplier<Consumer<String, String>> consumers;
    private final CurrentCatalogue current;
    private final JsonMapper json;
    private final CatalogueReaderProperties properties;
    private final Clock clock;
    private final Counter applied;
    private final Counter incomplete;
    private final Counter unreadable;
    private final Counter failures;
    private final Counter deaths;
    private final MeterRegistry meters;
    /** The type/versions an unknown envelope was met for, each logged once. */
    private final Set<String> unknownVersionsLogged = ConcurrentHashMap.newKeySet();

    /** Counted down by stop(); a new one for every start, so a restarted reader backs off again. */
    private volatile CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running;
    /** Why the reader thread ended while it should still be reading; it reads nothing more until restarted. */
    private volatile String death;
    private volatile Thread thread;
    private volatile Consumer<String, String> consumer;
    private volatile String lastFailure;
    private Duration backOff;
    /** Routing writes the marker again every 30 s; only a new version is worth a line in the log. */
    private long lastAppliedVersion = -1;

    public CatalogueReader(Supplier<Consumer<String, String>> consumers, CurrentCatalogue current, JsonMapper json,
                           CatalogueReaderProperties properties, Clock clock, MeterRegistry meters) {
        this.consumers = consumers;
        this.current = current;
        this.json = json;
        this.properties = properties;
        this.clock = clock;
        this.backOff = properties.retry().initialInterval();
        this.applied = meters.counter("complaintbook.intake.catalogue.versions.applied");
        this.incomplete = meters.counter("complaintbook.intake.catalogue.versions.incomplete");
        this.unreadable = meters.counter("complaintbook.intake.catalogue.records.unreadable");
        this.failures = meters.counter("complaintbook.intake.catalogue.read.failures");
        this.deaths = meters.counter("complaintbook.intake.catalogue.reader.deaths");
        this.meters = meters;
        Gauge.builder("complaintbook.intake.catalogue.loaded", current, catalogue -> catalogue.loaded().isPresent() ? 1 : 0)
                .strongReference(true).register(meters);
        Gauge.builder("complaintbook.intake.catalogue.version", current,
                        catalogue -> catalogue.loaded().map(Catalogue::version).map(Long::doubleValue).orElse(Double.NaN))
                .strongReference(true).register(meters);
        Gauge.builder("complaintbook.intake.catalogue.marker.age", current, this::markerAgeSeconds)
                .baseUnit("seconds").strongReference(true).register(meters);
        for (CatalogueEntryType type : CatalogueEntryType.values()) {
            if (type != CatalogueEntryType.VERSION) {
                Gauge.builder("complaintbook.intake.catalogue.entries", current, catalogue -> entries(catalogue, type))
                        .tag("type", type.logicalName()).strongReference(true).register(meters);
            }
        }
    }

    /** Why the reader has not offered a catalogue yet, or its last failure since; empty when all is well. */
    public Optional<String> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    /**
     * Why the reader thread died, when it did while it was meant to run: from then on no change of the
     * catalogue arrives, so the one in force can no longer be trusted to be current.
     */
    public Optional<String> death() {
        return Optional.ofNullable(death);
    }

    @Override
    public void start() {
        stopped = new CountDownLatch(1);
        backOff = properties.retry().initialInterval();
        death = null;
        running = true;
        Thread reader = new Thread(this::run, "catalogue-reader");
        reader.setDaemon(true);
        thread = reader;
        reader.start();
    }

    @Override
    public void stop() {
        running = false;
        stopped.countDown();
        Consumer<String, String> reading = consumer;
        if (reading != null) {
            reading.wakeup();
        }
        Thread reader = thread;
        if (reader != null) {
            try {
                reader.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        try {
            while (running) {
                try {
                    read();
                } catch (WakeupException | InterruptException stopping) {
                    if (running) {
                        fail(stopping);
                    }
                } catch (RuntimeException failure) {
                    if (running) {
                        fail(failure);
                    }
                }
            }
        } catch (Throwable fatal) {
            // An Error, or an interrupt nobody asked for: the thread ends here, and readiness must say
            // so, since no later version would ever reach the catalogue in force.
            if (running) {
                death = fatal.getClass().getSimpleName() + ": " + fatal.getMessage();
                deaths.increment();
                log.error("The catalogue reader died; the catalogue in force no longer changes and readiness is DOWN",
                        fatal);
            }
        }
    }

    private void fail(RuntimeException failure) {
        failures.increment();
        lastFailure = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        log.warn("Reading the catalogue failed ({}); reading it again from the beginning in {}", lastFailure, backOff);
        try {
            stopped.await(backOff.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while backing off", interrupted);
        }
        Duration doubled = backOff.multipliedBy(2);
        backOff = doubled.compareTo(properties.retry().maxInterval()) > 0 ? properties.retry().maxInterval() : doubled;
    }

    /** One reading of the topic from its beginning, until stopped or failed. */
    private void read() {
        try (Consumer<String, String> reading = consumers.get()) {
            consumer = reading;
            if (!running) {
                return;
            }
            reading.assign(List.of(PARTITION));
            reading.seekToBeginning(List.of(PARTITION));
            long end = reading.endOffsets(List.of(PARTITION), properties.endOffsetsTimeout()).get(PARTITION);
            CatalogueBuffer buffer = new CatalogueBuffer();
            Catalogue latest = null;
            Catalogue offered = null;
            boolean caughtUp = false;
            while (running) {
                for (ConsumerRecord<String, String> record : reading.poll(properties.pollTimeout())) {
                    Catalogue version = apply(buffer, record);
                    latest = version == null ? latest : version;
                }
                if (!caughtUp && reading.position(PARTITION) >= end) {
                    caughtUp = true;
                    backOff = properties.retry().initialInterval();
                    log.info("Read the catalogue up to offset {}; {}", end, latest == null
                            ? "no version is whole yet, waiting for one" : "version " + latest.version() + " is in force");
                }
                if (caughtUp && latest != null && latest != offered) {
                    current.replaceWith(latest);
                    offered = latest;
                    lastFailure = null;
                }
            }
        } finally {
            consumer = null;
        }
    }

    /** Applies one record; the catalogue a marker completed, or {@code null}. */
    Catalogue apply(CatalogueBuffer buffer, ConsumerRecord<String, String> record) {
        Optional<CatalogueEntryType> keyed = record.key() == null ? Optional.empty() : CatalogueEntryType.ofKey(record.key());
        if (keyed.isEmpty()) {
            log.debug("Skipping catalogue record {} with key {}, which no entry type claims", record.offset(), record.key());
            return null;
        }
        CatalogueEntryType type = keyed.get();
        String id = CatalogueEntryType.idOf(record.key());
        if (record.value() == null) {
            buffer.remove(type, id);
            return null;
        }
        try {
            CatalogueEnvelope<JsonNode> envelope = json.readValue(record.value(), ENVELOPE);
            Optional<CatalogueEntryType> known = CatalogueEntryType.of(envelope.type(), envelope.version());
            if (known.isEmpty()) {
                skipUnknown(buffer, type, id, envelope, record);
                return null;
            }
            JsonNode entry = envelope.entry();
            if (known.get() != type || entry == null || entry.isNull()) {
                throw new IllegalArgumentException("a " + envelope.type() + " envelope under key " + record.key()
                        + (entry == null || entry.isNull() ? " without an entry" : ""));
            }
            if (type != CatalogueEntryType.VERSION) {
                if (!id.equals(entry.path("id").asString(null))) {
                    throw new IllegalArgumentException("the key names " + id + " but the entry is "
                            + entry.path("id").asString(null));
                }
                buffer.put(type, id, json.treeToValue(entry, type.entryType()), json.writeValueAsString(entry));
                return null;
            }
            return mark(buffer, json.treeToValue(entry, CatalogueVersion.class), envelope.publishedAt());
        } catch (JacksonException | IllegalArgumentException unreadableRecord) {
            // What the key held before is not what routing means now: validating against it would be
            // wrong, and without it the next marker does not add up, so the version in force stays.
            buffer.remove(type, id);
            unreadable.increment();
            log.warn("Skipping unreadable catalogue record at offset {} with key {}: {}", record.offset(), record.key(),
                    unreadableRecord.getMessage());
            return null;
        }
    }

    /**
     * A record of a type or version this intake does not know (routing is newer): its key's earlier
     * value is dropped, since routing has replaced it, and the next marker then does not add up until
     * intake is upgraded or routing writes a version intake knows.
     */
    private void skipUnknown(CatalogueBuffer buffer, CatalogueEntryType type, String id,
                             CatalogueEnvelope<JsonNode> envelope, ConsumerRecord<String, String> record) {
        buffer.remove(type, id);
        String typeVersion = envelope.type() + " v" + envelope.version();
        meters.counter("complaintbook.intake.catalogue.records.unknown", "type", String.valueOf(envelope.type()),
                "version", String.valueOf(envelope.version())).increment();
        if (unknownVersionsLogged.add(typeVersion)) {
            log.warn("Skipping catalogue records of {}, which this intake does not know (first at offset {}, key {}); "
                    + "the key's earlier value is dropped and versions will not apply until intake knows it",
                    typeVersion, record.offset(), record.key());
        }
    }

    private Catalogue mark(CatalogueBuffer buffer, CatalogueVersion marker, Instant publishedAt) {
        CatalogueBuffer.Outcome outcome = buffer.mark(marker, publishedAt);
        if (outcome instanceof CatalogueBuffer.Outcome.Applied whole) {
            Catalogue catalogue = whole.catalogue();
            applied.increment();
            if (catalogue.version() != lastAppliedVersion) {
                log.info("Catalogue version {}: {} stores, {} categories, {} staff", catalogue.version(),
                        catalogue.stores().size(), catalogue.categories().size(), catalogue.staff().size());
            }
            lastAppliedVersion = catalogue.version();
            return catalogue;
        }
        CatalogueBuffer.Outcome.Incomplete missing = (CatalogueBuffer.Outcome.Incomplete) outcome;
        incomplete.increment();
        log.warn("Catalogue version {} does not add up ({}); the version in force stays", missing.version(),
                missing.mismatches());
        return null;
    }

    private double markerAgeSeconds(CurrentCatalogue catalogue) {
        return catalogue.loaded()
                .filter(loaded -> loaded.publishedAt() != null)
                .map(loaded -> Duration.between(loaded.publishedAt(), clock.instant()).toMillis() / 1000.0)
                .orElse(Double.NaN);
    }

    private static double entries(CurrentCatalogue catalogue, CatalogueEntryType type) {
        return catalogue.loaded().map(loaded -> switch (type) {
            case STORE -> loaded.stores().size();
            case REGION -> loaded.regions().size();
            case CATEGORY -> loaded.categories().size();
            case STAFF -> loaded.staff().size();
            case VERSION -> 0;
        }).map(Integer::doubleValue).orElse(Double.NaN);
    }
}

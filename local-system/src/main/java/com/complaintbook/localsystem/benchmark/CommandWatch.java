package com.complaintbook.localsystem.benchmark;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads every record on the commands topic from its start, on a thread of its own and without a
 * consumer group (so it commits nothing and moves no one's lag), and tallies each command by type
 * (see {@link CommandTally}). A command is due:
 * <ul>
 *     <li>{@code EscalateComplaint}: at its {@code missedDeadline}, as escalation states it; a
 *     {@code missedDeadline} other than the deadline the run published is counted apart;</li>
 *     <li>{@code WarnOfDeadline}: at the plan's warning point for its complaint;</li>
 *     <li>anything else: unknown, counted only.</li>
 * </ul>
 * Lateness is the record's timestamp (the producer's clock, this machine's) minus that. Every record
 * is also written to a CSV file ({@code type,commandId,complaintId,timestampMillis,dueAtMillis}), kept
 * with the logs, to look into a run's figures afterwards.
 */
final class CommandWatch implements AutoCloseable {

    static final String ESCALATE = "EscalateComplaint";
    static final String WARN = "WarnOfDeadline";

    private final KafkaConsumer<String, String> consumer;
    private final JsonMapper json = JsonMapper.builder().build();
    private final CommandTally tally = new CommandTally();
    private final AtomicReference<DeadlinePlan> plan = new AtomicReference<>();
    private final AtomicLong unreadable = new AtomicLong();
    private final AtomicLong deadlineMismatches = new AtomicLong();
    private final AtomicReference<TimestampType> timestampType = new AtomicReference<>();
    private final BufferedWriter csv;
    private final Thread thread;
    private volatile boolean started;
    private volatile boolean stopped;
    private volatile RuntimeException failure;

    CommandWatch(String bootstrapServers, String topic, Path csvFile) throws IOException {
        Files.createDirectories(csvFile.getParent());
        csv = Files.newBufferedWriter(csvFile);
        csv.write("type,commandId,complaintId,timestampMillis,dueAtMillis\n");
        KafkaConsumer<String, String> created;
        try {
            created = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                    ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                    ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000,
                    // Only what escalation's producer has committed, should it ever write in transactions.
                    ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"));
        } catch (RuntimeException e) {
            csv.close();
            throw e;
        }
        try {
            List<TopicPartition> partitions = created.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            created.assign(partitions);
            created.seekToBeginning(partitions);
        } catch (RuntimeException e) {
            created.close(Duration.ofSeconds(5));
            csv.close();
            throw e;
        }
        consumer = created;
        thread = new Thread(this::poll, "benchmark-commands");
        thread.setDaemon(true);
    }

    void start() {
        started = true;
        thread.start();
    }

    /** From now on, commands are matched with this plan's complaints; the ones before it (none, on a fresh broker) are not. */
    void follow(DeadlinePlan deadlines) {
        plan.set(deadlines);
    }

    private void poll() {
        try {
            while (!stopped) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    timestampType.compareAndSet(null, record.timestampType());
                    tallyOne(record);
                }
            }
        } catch (WakeupException stopping) {
            // close() woke the poll.
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            consumer.close(Duration.ofSeconds(5));
            closeCsv();
        }
    }

    private void closeCsv() {
        try {
            csv.close();
        } catch (IOException e) {
            failure = new UncheckedIOException("Could not write the commands' CSV file", e);
        }
    }

    private void tallyOne(ConsumerRecord<String, String> record) {
        JsonNode command;
        try {
            command = json.readTree(record.value());
        } catch (JacksonException e) {
            unreadable.incrementAndGet();
            return;
        }
        String type = command.path("type").asString("");
        String commandId = command.path("commandId").asString("");
        String complaintId = command.path("complaintId").asString(record.key());
        if (type.isEmpty() || commandId.isEmpty()) {
            unreadable.incrementAndGet();
            return;
        }
        OptionalLong dueAt = dueAt(type, complaintId, command.path("payload"));
        tally.add(type, commandId, complaintId, record.timestamp(), dueAt);
        try {
            csv.write(type + "," + commandId + "," + complaintId + "," + record.timestamp() + ","
                    + (dueAt.isPresent() ? String.valueOf(dueAt.getAsLong()) : "") + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the commands' CSV file", e);
        }
    }

    private OptionalLong dueAt(String type, String complaintId, JsonNode payload) {
        DeadlinePlan deadlines = plan.get();
        OptionalInt index = deadlines == null ? OptionalInt.empty() : deadlines.indexOf(complaintId);
        switch (type) {
            case ESCALATE -> {
                OptionalLong missed = instant(payload.path("missedDeadline"));
                if (missed.isPresent() && index.isPresent()
                        && missed.getAsLong() != deadlines.deadline(index.getAsInt()).toEpochMilli()) {
                    deadlineMismatches.incrementAndGet();
                }
                return missed;
            }
            case WARN -> {
                return index.isPresent() ? OptionalLong.of(deadlines.warningPoint(index.getAsInt()).toEpochMilli())
                        : OptionalLong.empty();
            }
            default -> {
                return OptionalLong.empty();
            }
        }
    }

    private static OptionalLong instant(JsonNode value) {
        if (!value.isString()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Instant.parse(value.asString()).toEpochMilli());
        } catch (DateTimeParseException e) {
            return OptionalLong.empty();
        }
    }

    CommandTally tally() {
        throwIfFailed();
        return tally;
    }

    /** Records that were not a command envelope at all. */
    long unreadable() {
        return unreadable.get();
    }

    /** Escalations whose {@code missedDeadline} is not the deadline the run published for that complaint. */
    long deadlineMismatches() {
        return deadlineMismatches.get();
    }

    /** Whose clock the lateness is on: the producer's ({@code CreateTime}) unless the topic says otherwise. */
    String timestampType() {
        TimestampType type = timestampType.get();
        return type == null ? "no record yet" : type.toString();
    }

    private void throwIfFailed() {
        RuntimeException failed = failure;
        if (failed != null) {
            throw new IllegalStateException("Reading the commands topic failed", failed);
        }
    }

    @Override
    public void close() {
        stopped = true;
        if (!started) {
            consumer.close(Duration.ofSeconds(5));
            closeCsv();
            return;
        }
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

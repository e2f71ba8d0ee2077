package com.complaintbook.localsystem.benchmark;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The commands one run saw on the commands topic, per command type: how many records, how many
 * distinct command ids (a second record of a command id is a duplicate), which complaints they were
 * for, and how late the first record of each command was, exactly (every value is kept: 100,000 are
 * under two megabytes), negative where a command came before it was due, by when it was due. Safe to read while the
 * consumer thread adds.
 */
final class CommandTally {

    private final Map<String, Kind> kinds = new LinkedHashMap<>();

    /**
     * One record.
     *
     * @param timestampMillis the record's timestamp, when the producer sent it
     * @param dueAtMillis     when the command was due, if the record says (or the plan knows)
     */
    synchronized void add(String type, String commandId, String complaintId, long timestampMillis, OptionalLong dueAtMillis) {
        Kind kind = kinds.computeIfAbsent(type, any -> new Kind());
        kind.records++;
        kind.firstMillis = Math.min(kind.firstMillis, timestampMillis);
        kind.lastMillis = Math.max(kind.lastMillis, timestampMillis);
        if (!kind.commandIds.add(commandId)) {
            return;
        }
        kind.complaints.add(complaintId);
        if (dueAtMillis.isPresent()) {
            kind.due.add(dueAtMillis.getAsLong());
            kind.lateness.add(timestampMillis - dueAtMillis.getAsLong());
        } else {
            kind.withoutDue++;
        }
    }

    /** Distinct commands of a type seen so far. */
    synchronized long distinct(String type) {
        Kind kind = kinds.get(type);
        return kind == null ? 0 : kind.commandIds.size();
    }

    /** Every type seen, with its record count, in the order first seen. */
    synchronized Map<String, Long> records() {
        Map<String, Long> records = new LinkedHashMap<>();
        kinds.forEach((type, kind) -> records.put(type, kind.records));
        return records;
    }

    /** The figures of one type, against the complaints that should each have had one such command. */
    synchronized Summary summary(String type, Collection<String> expected) {
        Kind kind = kinds.getOrDefault(type, new Kind());
        Set<String> expectedSet = expected instanceof Set<String> set ? set : new HashSet<>(expected);
        long missing = expectedSet.stream().filter(complaint -> !kind.complaints.contains(complaint)).count();
        long unexpected = kind.complaints.stream().filter(complaint -> !expectedSet.contains(complaint)).count();
        return new Summary(type, expectedSet.size(), kind.records, kind.commandIds.size(),
                kind.records - kind.commandIds.size(), missing, unexpected, kind.withoutDue,
                lateness(kind, Long.MIN_VALUE),
                kind.records == 0 ? OptionalLong.empty() : OptionalLong.of(kind.firstMillis),
                kind.records == 0 ? OptionalLong.empty() : OptionalLong.of(kind.lastMillis));
    }

    /** The lateness of the commands of a type that were due at or after {@code dueFromMillis}. */
    synchronized Lateness latenessDueFrom(String type, long dueFromMillis) {
        return lateness(kinds.getOrDefault(type, new Kind()), dueFromMillis);
    }

    private static Lateness lateness(Kind kind, long dueFromMillis) {
        long[] due = kind.due.values();
        long[] lateness = kind.lateness.values();
        long[] selected = new long[lateness.length];
        int count = 0;
        for (int i = 0; i < lateness.length; i++) {
            if (due[i] >= dueFromMillis) {
                selected[count++] = lateness[i];
            }
        }
        long[] sorted = Arrays.copyOf(selected, count);
        Arrays.sort(sorted);
        long early = Arrays.stream(sorted).filter(millis -> millis < 0).count();
        return new Lateness(sorted.length, early, percentile(sorted, 50), percentile(sorted, 99),
                sorted.length == 0 ? OptionalLong.empty() : OptionalLong.of(sorted[sorted.length - 1]),
                sorted.length == 0 ? OptionalLong.empty() : OptionalLong.of(sorted[0]));
    }

    /** The nearest-rank percentile: the smallest value at least {@code percent} % of the values are at or below. */
    static OptionalLong percentile(long[] sorted, double percent) {
        if (sorted.length == 0) {
            return OptionalLong.empty();
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return OptionalLong.of(sorted[Math.max(0, Math.min(sorted.length, rank) - 1)]);
    }

    /**
     * One command type's figures.
     *
     * @param expected   complaints that should each have had one
     * @param records    records seen
     * @param distinct   distinct command ids
     * @param duplicates records beyond the first of their command id
     * @param missing    expected complaints without one
     * @param unexpected complaints with one that were not expected
     * @param withoutDue commands whose due time could not be told
     * @param lateness   of the first record of every command with a due time
     * @param first      the first record's timestamp
     * @param last       the last record's timestamp
     */
    record Summary(String type, long expected, long records, long distinct, long duplicates, long missing,
                   long unexpected, long withoutDue, Lateness lateness, OptionalLong first, OptionalLong last) {
    }

    /**
     * How late commands were sent, in milliseconds (negative: before they were due).
     *
     * @param count commands measured
     * @param early commands sent before they were due
     */
    record Lateness(long count, long early, OptionalLong p50, OptionalLong p99, OptionalLong max, OptionalLong min) {
    }

    private static final class Kind {
        private final Set<String> commandIds = new HashSet<>();
        private final Set<String> complaints = new HashSet<>();
        private final Values due = new Values();
        private final Values lateness = new Values();
        private long records;
        private long withoutDue;
        private long firstMillis = Long.MAX_VALUE;
        private long lastMillis = Long.MIN_VALUE;
    }

    /** A growing array of longs, without a box per value. */
    private static final class Values {
        private long[] values = new long[1024];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] values() {
            return Arrays.copyOf(values, size);
        }
    }
}

package com.complaintbook.localsystem.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The complaints of one run and when each falls due: complaint {@code i} of {@code n} has its deadline
 * at {@code first + i * window / n}, so the deadlines spread evenly over the window (to the
 * millisecond, as the wire carries them), and was assigned one review period before it.
 */
final class DeadlinePlan {

    private final List<String> complaintIds;
    private final Map<String, Integer> indexes;
    private final Instant firstDeadline;
    private final Duration window;
    private final Duration reviewPeriod;
    private final double warnAt;

    DeadlinePlan(List<String> complaintIds, Instant firstDeadline, Duration window, Duration reviewPeriod, double warnAt) {
        this.complaintIds = List.copyOf(complaintIds);
        this.indexes = new HashMap<>(complaintIds.size() * 2);
        for (int i = 0; i < complaintIds.size(); i++) {
            indexes.put(complaintIds.get(i), i);
        }
        this.firstDeadline = firstDeadline.truncatedTo(ChronoUnit.MILLIS);
        this.window = window;
        this.reviewPeriod = reviewPeriod;
        this.warnAt = warnAt;
    }

    /** {@code count} new complaint ids, random as intake's are. */
    static List<String> newComplaintIds(long count) {
        return IntStream.range(0, Math.toIntExact(count)).mapToObj(any -> UUID.randomUUID().toString()).toList();
    }

    int size() {
        return complaintIds.size();
    }

    String complaintId(int index) {
        return complaintIds.get(index);
    }

    List<String> complaintIds() {
        return complaintIds;
    }

    OptionalInt indexOf(String complaintId) {
        Integer index = indexes.get(complaintId);
        return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }

    Instant deadline(int index) {
        long offsetMillis = complaintIds.size() <= 1 ? 0
                : Math.round((double) window.toMillis() * index / complaintIds.size());
        return firstDeadline.plusMillis(offsetMillis);
    }

    Instant assignedAt(int index) {
        return deadline(index).minus(reviewPeriod);
    }

    /** When escalation should warn: at {@code warnAt} of the period, to the millisecond below, as escalation reckons it. */
    Instant warningPoint(int index) {
        return assignedAt(index).plusMillis((long) Math.floor(reviewPeriod.toMillis() * warnAt));
    }

    /** How many deadlines lie before {@code now}. */
    int passedBy(Instant now) {
        int low = 0;
        int high = complaintIds.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (deadline(middle).isBefore(now)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    Instant firstDeadline() {
        return deadline(0);
    }

    Instant lastDeadline() {
        return deadline(complaintIds.size() - 1);
    }
}

package com.complaintbook.reporting.domain;

import com.complaintbook.contracts.ClosureReason;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What happened to deadlines over a period: warnings and breaches per level, breaches at the top, and
 * closures per reason. Every closure reason is present, with zero when none happened.
 *
 * @param warningsByLevel  warnings given, per level warned; levels without any are absent
 * @param breachesByLevel  deadlines missed, per level whose deadline passed, those at the top included;
 *                         levels without any are absent
 * @param breachesAtTop    deadlines missed at the top of the chain, where nothing climbs further
 * @param closuresByReason complaints closed, per reason
 */
public record DeadlineCounts(
        Map<Integer, Long> warningsByLevel,
        Map<Integer, Long> breachesByLevel,
        long breachesAtTop,
        Map<ClosureReason, Long> closuresByReason) {

    public DeadlineCounts {
        warningsByLevel = Collections.unmodifiableMap(new TreeMap<>(warningsByLevel));
        breachesByLevel = Collections.unmodifiableMap(new TreeMap<>(breachesByLevel));
        Map<ClosureReason, Long> complete = new EnumMap<>(ClosureReason.class);
        for (ClosureReason reason : ClosureReason.values()) {
            complete.put(reason, closuresByReason.getOrDefault(reason, 0L));
        }
        closuresByReason = Collections.unmodifiableMap(complete);
    }

    public long warnings() {
        return total(warningsByLevel);
    }

    public long breaches() {
        return total(breachesByLevel);
    }

    public long closures() {
        return total(closuresByReason);
    }

    private static long total(Map<?, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}

package com.complaintbook.reporting.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How many complaints stand in each status. Every status is present, with zero when none do, so a
 * report never has to guess whether a missing status means zero.
 *
 * @param counts complaints per status
 */
public record StatusCounts(Map<ComplaintStatus, Long> counts) {

    public StatusCounts {
        Map<ComplaintStatus, Long> complete = new EnumMap<>(ComplaintStatus.class);
        for (ComplaintStatus status : ComplaintStatus.values()) {
            complete.put(status, counts.getOrDefault(status, 0L));
        }
        counts = Collections.unmodifiableMap(complete);
    }

    /** The count for one status. */
    public long of(ComplaintStatus status) {
        return counts.get(status);
    }
}

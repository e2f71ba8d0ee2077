package com.complaintbook.escalation.application;

import com.complaintbook.escalation.domain.Breach;

import java.time.Instant;
import java.util.List;

/** Outbound port: the breaches the complaints' streams recorded, one per complaint and level. */
public interface BreachStore {

    /**
     * Keeps the breach unless it is kept already.
     *
     * @return {@code true} the first time, {@code false} for a redelivery or replay
     */
    boolean record(Breach breach);

    /**
     * Breaches in the order they were recorded.
     *
     * @param level only at this level, or {@code null}
     * @param top   only at the top ({@code true}) or below it ({@code false}), or {@code null}
     * @param since only recorded at or after it, or {@code null}
     * @param limit at most this many
     */
    List<Breach> find(Integer level, Boolean top, Instant since, int limit);
}

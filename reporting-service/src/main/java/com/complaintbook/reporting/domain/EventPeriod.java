package com.complaintbook.reporting.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * A span of the times at which events happened, from inclusive to exclusive; either end may be open.
 *
 * @param from the earliest time counted, or {@code null} for no lower bound
 * @param to   the first time no longer counted, or {@code null} for no upper bound
 */
public record EventPeriod(Instant from, Instant to) {

    public EventPeriod {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("from (" + from + ") must be before to (" + to + ")");
        }
    }

    public Optional<Instant> start() {
        return Optional.ofNullable(from);
    }

    public Optional<Instant> end() {
        return Optional.ofNullable(to);
    }
}

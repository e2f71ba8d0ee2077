package com.complaintbook.reporting.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * A span of submission times, from inclusive to exclusive; either end may be open.
 *
 * @param from the earliest submission time counted, or {@code null} for no lower bound
 * @param to   the first submission time no longer counted, or {@code null} for no upper bound
 */
public record SubmittedPeriod(Instant from, Instant to) {

    public SubmittedPeriod {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("from (" + from + ") must be before to (" + to + ")");
        }
    }

    /** Every submission, whenever it happened. */
    public static SubmittedPeriod always() {
        return new SubmittedPeriod(null, null);
    }

    public Optional<Instant> start() {
        return Optional.ofNullable(from);
    }

    public Optional<Instant> end() {
        return Optional.ofNullable(to);
    }

    public boolean isUnbounded() {
        return from == null && to == null;
    }
}

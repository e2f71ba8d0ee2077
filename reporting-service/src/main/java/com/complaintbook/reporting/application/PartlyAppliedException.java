package com.complaintbook.reporting.application;

import java.util.List;
import java.util.Objects;

/**
 * Applying a batch stopped part-way, for the reason given as the cause (typically, the store could
 * not be reached). The leading items whose {@link #results()} are given are done; what became of the
 * others is unknown, and applying them again is safe because every read model is idempotent.
 */
public class PartlyAppliedException extends RuntimeException {

    private final transient List<ProjectionResult> results;

    public PartlyAppliedException(List<ProjectionResult> results, Throwable cause) {
        super("Applied " + results.size() + " leading items of a batch before the rest failed",
                Objects.requireNonNull(cause, "cause"));
        this.results = List.copyOf(results);
    }

    /** The results of the leading items that are done, in the batch's order; fewer than it held. */
    public List<ProjectionResult> results() {
        return results;
    }
}

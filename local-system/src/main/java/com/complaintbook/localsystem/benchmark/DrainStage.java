package com.complaintbook.localsystem.benchmark;

import java.time.Duration;
import java.util.Optional;

/**
 * How far one step of the pipeline got.
 *
 * @param name         what the step is, for the report
 * @param count        how much it had handled when last seen: complaints, or records consumed
 * @param target       how much there was to handle when last seen
 * @param reachedAfter how long after the load ended it had handled everything; empty if it never did
 */
record DrainStage(String name, long count, long target, Optional<Duration> reachedAfter) {

    static DrainStage named(String name) {
        return new DrainStage(name, 0, 0, Optional.empty());
    }

    /** The stage as seen now; once reached, it stays reached, and counts never go back. */
    DrainStage seen(long newCount, long newTarget, Duration sinceLoadEnded) {
        long counted = Math.max(count, newCount);
        Optional<Duration> reached = reachedAfter.isPresent() || counted < newTarget ? reachedAfter
                : Optional.of(sinceLoadEnded);
        return new DrainStage(name, counted, newTarget, reached);
    }

    boolean reached() {
        return reachedAfter.isPresent();
    }
}

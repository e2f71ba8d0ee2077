package com.complaintbook.localsystem.benchmark;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How the pipeline caught up after the load.
 *
 * @param target    the complaints intake accepted in all (warm-up included)
 * @param stages    assigned, visible in reporting, acknowledged by mail
 * @param consumers every consumer group has read everything written to its topic: letters to
 *                  employees and the deadlines, which no count above shows
 * @param waited    how long the drain was watched
 */
record DrainResult(long target, List<DrainStage> stages, DrainStage consumers, Duration waited) {

    DrainResult {
        stages = List.copyOf(stages);
    }

    /** When the last of {@link #stages()} had handled every complaint; empty if one never did. */
    Optional<Duration> complete() {
        Duration last = Duration.ZERO;
        for (DrainStage stage : stages) {
            if (stage.reachedAfter().isEmpty()) {
                return Optional.empty();
            }
            if (stage.reachedAfter().get().compareTo(last) > 0) {
                last = stage.reachedAfter().get();
            }
        }
        return Optional.of(last);
    }
}

package com.complaintbook.reporting.application;

import java.util.Objects;

/**
 * What a {@link Projection} did with one event.
 *
 * @param outcome what became of the event
 * @param refusal for a refused event, why: a rule of the read model that retrying cannot satisfy;
 *                {@code null} for any other outcome
 */
public record ProjectionResult(Outcome outcome, RuntimeException refusal) {

    public static final ProjectionResult APPLIED = new ProjectionResult(Outcome.APPLIED, null);
    public static final ProjectionResult ALREADY_APPLIED = new ProjectionResult(Outcome.ALREADY_APPLIED, null);
    public static final ProjectionResult IGNORED = new ProjectionResult(Outcome.IGNORED, null);

    public ProjectionResult {
        Objects.requireNonNull(outcome, "outcome");
        if ((outcome == Outcome.REFUSED) != (refusal != null)) {
            throw new IllegalArgumentException("a refused event, and only a refused one, says why: " + outcome);
        }
    }

    /** The read model will not take the event, for {@code reason}. */
    public static ProjectionResult refused(RuntimeException reason) {
        return new ProjectionResult(Outcome.REFUSED, reason);
    }

    public enum Outcome {
        /** The read model changed. */
        APPLIED,
        /** The read model had already seen this event or a later one, and stayed as it was. */
        ALREADY_APPLIED,
        /** The event means nothing to this read model. */
        IGNORED,
        /**
         * The read model stayed as it was because the event would break one of its rules; the event
         * is parked on the dead-letter topic.
         */
        REFUSED
    }
}

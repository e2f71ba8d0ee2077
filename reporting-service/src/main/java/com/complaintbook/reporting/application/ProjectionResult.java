package com.complaintbook.reporting.application;

/** What a {@link Projection} did with one event. */
public enum ProjectionResult {
    /** The read model changed. */
    APPLIED,
    /** The read model had already seen this event or a later one, and stayed as it was. */
    ALREADY_APPLIED,
    /** The event means nothing to this read model. */
    IGNORED
}

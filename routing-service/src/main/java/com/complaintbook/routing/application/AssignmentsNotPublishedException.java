package com.complaintbook.routing.application;

/**
 * Not every decision of a {@link Publication} was durably accepted. The first {@link #published()}
 * decisions were and are safe. The one after them was not, and every later one counts as not
 * published too, even if it went through: the events that caused them must be handled again, and
 * resending a decision that did arrive is harmless.
 */
public class AssignmentsNotPublishedException extends RuntimeException {

    private final int published;

    public AssignmentsNotPublishedException(String message, int published, Throwable cause) {
        super(message, cause);
        this.published = published;
    }

    /** How many decisions, from the first, were accepted; also the index of the first that was not. */
    public int published() {
        return published;
    }
}

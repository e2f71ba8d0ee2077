package com.complaintbook.kit.events;

/**
 * A record that is not a readable event: not JSON, a missing or malformed envelope field, or a
 * payload that does not fit its type or lacks a field the reading service needs. Retrying cannot
 * help, so error handlers send it to the dead-letter topic at once.
 */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message) {
        super(message);
    }

    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}

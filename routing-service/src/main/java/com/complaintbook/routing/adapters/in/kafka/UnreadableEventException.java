package com.complaintbook.routing.adapters.in.kafka;

/**
 * A record on the events topic that is not a readable event: bad JSON, a missing envelope field, or
 * a payload without a field routing needs. Retrying cannot help, so it is parked on the dead-letter
 * topic at once.
 */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message) {
        super(message);
    }

    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}

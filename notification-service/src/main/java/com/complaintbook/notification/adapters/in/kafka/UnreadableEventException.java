package com.complaintbook.notification.adapters.in.kafka;

/**
 * A record on the events topic that is not a readable event: bad JSON, a missing envelope field, or
 * a payload that does not fit its type. Retrying cannot help, so it goes to the dead-letter topic at
 * once.
 */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message) {
        super(message);
    }

    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}

package com.complaintbook.escalation.adapters.in.kafka;

/**
 * A record on the events topic that is not a readable event: bad JSON, a missing envelope field
 * (the sequence above all, which idempotency rests on), or a payload without a field escalation
 * needs. Retrying cannot help, so it is parked on the dead-letter topic at once.
 */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message) {
        super(message);
    }

    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}

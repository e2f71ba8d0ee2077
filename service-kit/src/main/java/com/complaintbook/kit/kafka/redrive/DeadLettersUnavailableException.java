package com.complaintbook.kit.kafka.redrive;

/** The broker did not let the dead-letter topics or the ledger be read, or the sends be acknowledged, in time. */
public class DeadLettersUnavailableException extends RuntimeException {

    public DeadLettersUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

package com.complaintbook.routing.adapters.out.kafka;

/** The broker did not acknowledge a command in time; the event that caused it will be retried. */
public class CommandNotSentException extends RuntimeException {

    public CommandNotSentException(String message, Throwable cause) {
        super(message, cause);
    }
}

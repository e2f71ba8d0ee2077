package com.complaintbook.notification.application;

/**
 * The first event of a batch that could not be handled. Every event before it is handled; it and
 * those after it must come again, and will find whatever was already done for them done.
 */
public class EventFailedException extends RuntimeException {

    private final int position;

    /**
     * @param position the event's position in the batch, from 0
     * @param cause    why it failed, which decides whether it is worth another try
     */
    public EventFailedException(int position, Throwable cause) {
        super("Event " + position + " of the batch failed", cause);
        this.position = position;
    }

    public int position() {
        return position;
    }
}

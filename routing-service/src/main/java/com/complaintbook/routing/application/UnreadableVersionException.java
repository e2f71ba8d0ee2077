package com.complaintbook.routing.application;

/**
 * A stored version this release cannot read any more (its format or rules changed in a later release
 * than the one that accepted it). It is skipped, not retried: reading it again gives the same answer.
 */
public class UnreadableVersionException extends RuntimeException {

    private final long version;

    public UnreadableVersionException(long version, Throwable cause) {
        super("Organisation version " + version + " cannot be read: " + cause.getMessage(), cause);
        this.version = version;
    }

    public long version() {
        return version;
    }
}

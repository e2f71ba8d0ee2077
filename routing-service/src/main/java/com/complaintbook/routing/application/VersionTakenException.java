package com.complaintbook.routing.application;

/** Another import took the version number first. */
public class VersionTakenException extends RuntimeException {

    public VersionTakenException(long version, Throwable cause) {
        super("organisation version " + version + " exists already", cause);
    }
}

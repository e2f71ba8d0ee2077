package com.complaintbook.routing.application;

/** An import was based on a version that is no longer the current one ({@code If-Match}). */
public class VersionMismatchException extends RuntimeException {

    public VersionMismatchException(long expected, Long current) {
        super("the import was based on version " + expected + ", but the current version is "
                + (current == null ? "none" : current));
    }
}

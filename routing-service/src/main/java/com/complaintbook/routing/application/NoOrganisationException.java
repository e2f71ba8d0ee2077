package com.complaintbook.routing.application;

/**
 * Routing has no organisation yet, so it cannot decide anything. Not a refusal: the event waits, and
 * is decided once a version is imported.
 */
public class NoOrganisationException extends RuntimeException {

    public NoOrganisationException() {
        super("no organisation has been imported yet");
    }
}

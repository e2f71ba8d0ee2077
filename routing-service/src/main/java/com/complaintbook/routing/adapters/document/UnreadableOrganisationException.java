package com.complaintbook.routing.adapters.document;

/**
 * A document that is not an organisation at all: not YAML or JSON, a field the format does not
 * have, a value of the wrong kind. The message names where, so the writer can find it.
 */
public class UnreadableOrganisationException extends RuntimeException {

    public UnreadableOrganisationException(String message, Throwable cause) {
        super(message, cause);
    }
}

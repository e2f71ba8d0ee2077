package com.complaintbook.routing.application;

/** Other imports kept taking the next version number; the sender should read the current one and retry. */
public class ConcurrentImportException extends RuntimeException {

    public ConcurrentImportException(Throwable cause) {
        super("other imports were accepted at the same moment; read the current version and try again", cause);
    }
}

package com.complaintbook.kit.kafka.redrive;

/** This instance is re-driving already; a second re-drive at once would only race the first for the ledger. */
public class RedriveInProgressException extends RuntimeException {

    public RedriveInProgressException() {
        super("A re-drive is running on this instance; try again when it has finished");
    }
}

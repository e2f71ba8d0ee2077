package com.complaintbook.reporting.application;

/**
 * A complaint's view cannot take its reference because another complaint's view holds it already.
 * References are unique by contract, so this is a producer's mistake that retrying cannot mend; the
 * event is refused rather than applied without its reference or over the other complaint.
 */
public class ReferenceTakenException extends RuntimeException {

    public ReferenceTakenException(String reference, String complaintId) {
        super("Reference " + reference + " of complaint " + complaintId + " already names another complaint");
    }
}

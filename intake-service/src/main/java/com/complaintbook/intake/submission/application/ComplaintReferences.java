package com.complaintbook.intake.submission.application;

import java.util.Optional;

/** Where complaints' short references are drawn and looked up. */
public interface ComplaintReferences {

    /** The next number, never handed out before. */
    long nextNumber();

    /** Remembers which complaint a reference names; in the transaction that stores the complaint. */
    void record(String reference, String complaintId);

    Optional<String> complaintOf(String reference);

    Optional<String> referenceOf(String complaintId);
}

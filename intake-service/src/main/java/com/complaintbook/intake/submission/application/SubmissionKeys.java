package com.complaintbook.intake.submission.application;

import java.util.Optional;

/**
 * Remembers which complaint each client's {@code Idempotency-Key} produced, so that a retried
 * submission finds the complaint it already created.
 */
public interface SubmissionKeys {

    /**
     * Claims {@code key} for a new complaint, or returns the earlier claim. Runs in the caller's
     * transaction, the one that also stores the complaint, and is atomic: of two concurrent claims of
     * one key exactly one is fresh, and the other returns it once its transaction has committed.
     *
     * @param key         the client's key, scoped by client id
     * @param fingerprint a digest of the submitted content
     * @param complaintId the id a fresh claim records
     */
    Claim claim(String key, String fingerprint, String complaintId);

    /** The claim made for {@code key} earlier and committed, if any; never fresh. */
    Optional<Claim> find(String key);

    /**
     * @param complaintId the complaint the key belongs to
     * @param fingerprint the digest of the content first submitted with it
     * @param fresh       whether this call made the claim
     */
    record Claim(String complaintId, String fingerprint, boolean fresh) {
    }
}

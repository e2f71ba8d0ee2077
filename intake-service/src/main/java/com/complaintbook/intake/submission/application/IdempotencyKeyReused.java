package com.complaintbook.intake.submission.application;

/** A client sent an idempotency key again, but with different content than the first time. */
public class IdempotencyKeyReused extends RuntimeException {

    public IdempotencyKeyReused(String complaintId) {
        super("This Idempotency-Key was first used for different content (complaint " + complaintId + ")");
    }
}

package com.complaintbook.reporting.application;

/**
 * The first event of a batch that is not done: a read model refused it, or the batch was
 * interrupted before it was known to be applied. Every event before it is done in every read model.
 *
 * @param index its position in the batch
 * @param cause the refusal, which retrying cannot mend, or the failure that interrupted the batch
 *              (such as MongoDB being out of reach), which it may
 */
public record FailedEvent(int index, Throwable cause) {
}

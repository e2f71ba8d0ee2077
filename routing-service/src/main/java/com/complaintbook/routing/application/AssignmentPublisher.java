package com.complaintbook.routing.application;

/**
 * Outbound port: hands an assignment decision to the Complaint aggregate.
 *
 * <p>Implementations return only once the decision is durably accepted by the transport and throw
 * otherwise, so the event that caused it is acknowledged only after the decision is safe. Sending
 * the same decision twice is allowed: the receiver recognises it by its id and level.
 */
public interface AssignmentPublisher {

    /** @throws RuntimeException when the decision could not be handed over; the caller retries */
    void publish(AssignmentDecision decision);
}

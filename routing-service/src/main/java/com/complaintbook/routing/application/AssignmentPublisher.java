package com.complaintbook.routing.application;

import java.util.List;

/**
 * Outbound port: hands assignment decisions to the Complaint aggregate.
 *
 * <p>Decisions are handed over many at a time and awaited together, so a batch of events costs one
 * round trip to the transport rather than one per event. Whoever acknowledges the events that caused
 * the decisions does so only after {@link Publication#await()} returned, so an event is acknowledged
 * only once its decision is safe. Sending the same decision twice is allowed: the receiver recognises
 * an assignment it already has.
 */
public interface AssignmentPublisher {

    /**
     * Starts sending the decisions in the given order, without waiting for any of them. The decisions
     * about one complaint reach it in that order.
     *
     * @return the sends, to be awaited before the causing events are acknowledged
     */
    Publication publish(List<AssignmentDecision> decisions);
}

package com.complaintbook.routing.application;

import com.complaintbook.routing.domain.RoutableComplaint;

import java.util.Optional;

/**
 * Outbound port: routing's own record of each complaint, in its database. Every write is guarded so
 * that a redelivered or replayed event changes nothing that is already there.
 */
public interface RoutedComplaints {

    Optional<RoutedComplaint> find(String complaintId);

    /**
     * Keeps {@code decision} for its level unless that level has one already, and adds its assignee to
     * the handlers.
     *
     * @return the decision kept for the level: {@code decision}, or the one that was there first
     */
    RoutingDecision record(String complaintId, RoutableComplaint complaint, RoutingDecision decision);

    /** The complaint is open with {@code assigneeId} as of event {@code sequence}, unless a later event was applied. */
    void assigned(String complaintId, long sequence, String assigneeId);

    /** The complaint waits for nobody (answered, rejected, closed) as of event {@code sequence}, likewise. */
    void finished(String complaintId, long sequence);
}

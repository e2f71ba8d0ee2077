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
     * Keeps {@code decision} for its level unless that level has one already, adds its assignee to the
     * handlers, and has the complaint open with the kept decision's assignee as of event
     * {@code sequence}, unless a later event was applied: one step, so that a new complaint costs one
     * write.
     *
     * @param seen whether the complaint was found when its event was read: only which write is tried
     *             first depends on it (a new record, or a decision added to the one found), never the outcome
     * @return the decision kept for the level: {@code decision}, or the one that was there first
     */
    RoutingDecision record(String complaintId, boolean seen, RoutableComplaint complaint, RoutingDecision decision,
                           long sequence);

    /** The complaint is open with {@code assigneeId} as of event {@code sequence}, unless a later event was applied. */
    void assigned(String complaintId, long sequence, String assigneeId);

    /** The complaint waits for nobody (answered, rejected, closed) as of event {@code sequence}, likewise. */
    void finished(String complaintId, long sequence);
}

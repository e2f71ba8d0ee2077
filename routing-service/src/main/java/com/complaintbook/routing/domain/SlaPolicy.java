package com.complaintbook.routing.domain;

import java.time.Instant;

/**
 * How long an assignee has to answer. Deadlines are computed from the moment the event says the
 * clock started, never from "now", so deciding twice gives the same deadline. Today calendar time;
 * a business-calendar policy can take its place behind this interface.
 */
public interface SlaPolicy {

    /** End of the first review period of a newly submitted complaint. */
    Instant firstReviewDeadline(RoutableComplaint complaint, Instant submittedAt);

    /** End of the review period at the level a complaint has just climbed to. */
    Instant escalatedReviewDeadline(int level, Instant escalatedAt);
}

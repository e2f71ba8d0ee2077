package com.complaintbook.routing.domain;

import com.complaintbook.routing.domain.organisation.ReviewLevel;

import java.time.Instant;

/**
 * How long an assignee has to answer. Deadlines are computed from the moment the event says the
 * clock started, never from "now", so deciding twice gives the same deadline.
 */
public interface SlaPolicy {

    Instant reviewDeadline(RoutableComplaint complaint, ReviewLevel level, Instant start);
}

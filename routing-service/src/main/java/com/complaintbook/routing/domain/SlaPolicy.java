package com.complaintbook.routing.domain;

import com.complaintbook.routing.domain.organisation.ReviewLevel;

import java.time.Instant;

/** Placeholder with routing-calendar's signature; replaced when that branch is merged. */
public interface SlaPolicy {
    Instant reviewDeadline(RoutableComplaint complaint, ReviewLevel level, Instant start);
}

package com.complaintbook.routing.domain;

import com.complaintbook.routing.domain.organisation.Organisation;
import com.complaintbook.routing.domain.organisation.ReviewLevel;

import java.time.Instant;
import java.util.List;

/** Placeholder with routing-calendar's signature; replaced when that branch is merged. */
public final class BusinessTimeSlaPolicy implements SlaPolicy {

    public static BusinessTimeSlaPolicy of(Organisation organisation) {
        return new BusinessTimeSlaPolicy();
    }

    public static List<String> problems(Organisation organisation) {
        return List.of();
    }

    @Override
    public Instant reviewDeadline(RoutableComplaint complaint, ReviewLevel level, Instant start) {
        throw new UnsupportedOperationException("routing-calendar not merged yet");
    }
}

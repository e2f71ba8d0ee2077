package com.complaintbook.routing.domain;

import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.routing.domain.organisation.ReviewLevel;

import java.time.Duration;
import java.time.Instant;

/** Placeholder with routing-calendar's signature; replaced when that branch is merged. */
public final class CalendarTimeSlaPolicy implements SlaPolicy {

    private final Duration complaint;
    private final Duration suggestion;
    private final Duration escalated;

    public CalendarTimeSlaPolicy(Duration complaint, Duration suggestion, Duration escalated) {
        this.complaint = complaint;
        this.suggestion = suggestion;
        this.escalated = escalated;
    }

    @Override
    public Instant reviewDeadline(RoutableComplaint routable, ReviewLevel level, Instant start) {
        if (level == ReviewLevel.ESCALATED) {
            return start.plus(escalated);
        }
        return start.plus(routable.kind() == ComplaintKind.SUGGESTION ? suggestion : complaint);
    }
}

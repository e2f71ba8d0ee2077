package com.complaintbook.routing.domain;

import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.routing.domain.organisation.ReviewLevel;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Review periods in plain calendar time: nights, weekends and holidays count. A business calendar
 * is a later step; it replaces this class, not its callers.
 */
public final class CalendarSlaPolicy implements SlaPolicy {

    private final Duration complaintReview;
    private final Duration suggestionReview;
    private final Duration escalatedReview;

    /**
     * @param complaintReview  first review period of a complaint
     * @param suggestionReview first review period of a suggestion
     * @param escalatedReview  review period at every level above 0, whatever the kind
     */
    public CalendarSlaPolicy(Duration complaintReview, Duration suggestionReview, Duration escalatedReview) {
        this.complaintReview = positive(complaintReview, "complaint review period");
        this.suggestionReview = positive(suggestionReview, "suggestion review period");
        this.escalatedReview = positive(escalatedReview, "escalated review period");
    }

    @Override
    public Instant reviewDeadline(RoutableComplaint complaint, ReviewLevel level, Instant start) {
        if (level == ReviewLevel.ESCALATED) {
            return start.plus(escalatedReview);
        }
        return start.plus(complaint.kind() == ComplaintKind.SUGGESTION ? suggestionReview : complaintReview);
    }

    private static Duration positive(Duration period, String name) {
        Objects.requireNonNull(period, name);
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + period);
        }
        return period;
    }
}

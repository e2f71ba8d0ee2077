package com.complaintbook.routing.domain;

import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.routing.domain.organisation.ReviewLevel;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Review periods in plain calendar time: nights, weekends and holidays count, and the store's
 * calendar is not consulted. Only for runs that want deadlines of minutes (the local
 * {@code --short-deadlines} demo), where business time would make an escalation wait for Monday;
 * the organisation's {@link BusinessTimeSlaPolicy} is the real one.
 */
public final class CalendarTimeSlaPolicy implements SlaPolicy {

    private final Duration complaintReview;
    private final Duration suggestionReview;
    private final Duration escalatedReview;

    /**
     * @param complaintReview  first review period of a complaint
     * @param suggestionReview first review period of a suggestion
     * @param escalatedReview  review period at every level above 0, whatever the kind
     */
    public CalendarTimeSlaPolicy(Duration complaintReview, Duration suggestionReview, Duration escalatedReview) {
        this.complaintReview = positive(complaintReview, "complaint review period");
        this.suggestionReview = positive(suggestionReview, "suggestion review period");
        this.escalatedReview = positive(escalatedReview, "escalated review period");
    }

    /**
     * {@inheritDoc}
     *
     * <p>The complaint decides only the first level's period (complaint or suggestion); an escalated
     * level has the same period whatever it is about, so {@code complaint} may be {@code null} there.
     */
    @Override
    public Instant reviewDeadline(RoutableComplaint complaint, ReviewLevel level, Instant start) {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(start, "start");
        return start.plus(switch (level) {
            case FIRST -> Objects.requireNonNull(complaint, "complaint").kind() == ComplaintKind.SUGGESTION
                    ? suggestionReview
                    : complaintReview;
            case ESCALATED -> escalatedReview;
        });
    }

    private static Duration positive(Duration period, String name) {
        Objects.requireNonNull(period, name);
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + period);
        }
        return period;
    }
}

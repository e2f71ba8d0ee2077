package com.complaintbook.localsystem;

import java.time.Duration;
import java.util.Map;

/**
 * How long staff have to answer and how long a customer has to appeal, when a run shortens them: the
 * settings an operator would give routing (its SLA policy) and intake (the appeal window), passed as
 * those services' environment. Escalation, notification and reporting need nothing: they act on the
 * deadlines these periods produce, whatever their length.
 *
 * @param complaint    a complaint's first review period (routing)
 * @param suggestion   a suggestion's first review period (routing)
 * @param escalated    the review period at every level above the first (routing)
 * @param appealWindow how long after an answer the customer may say they are not satisfied (intake)
 */
public record ReviewPeriods(Duration complaint, Duration suggestion, Duration escalated, Duration appealWindow) {

    /**
     * {@code ./run-local --short-deadlines}: an unanswered complaint reaches the employee's manager
     * after 2 minutes and each level above one minute later, so it is at the CEO within five; an
     * answer closes three minutes after it was given.
     */
    public static final ReviewPeriods SHORT = new ReviewPeriods(
            Duration.ofMinutes(2), Duration.ofMinutes(2), Duration.ofMinutes(1), Duration.ofMinutes(3));

    public ReviewPeriods {
        for (Duration period : new Duration[] {complaint, suggestion, escalated, appealWindow}) {
            if (period == null || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("Every review period and the appeal window must be positive: " + period);
            }
        }
    }

    /** {@code settings} with these periods in routing's and intake's environment. */
    public LocalSystemSettings applyTo(LocalSystemSettings settings) {
        return settings
                .withEnvironment("routing-service", Map.of(
                        "COMPLAINTBOOK_ROUTING_SLA_COMPLAINT", complaint.toString(),
                        "COMPLAINTBOOK_ROUTING_SLA_SUGGESTION", suggestion.toString(),
                        "COMPLAINTBOOK_ROUTING_SLA_ESCALATED", escalated.toString()))
                .withEnvironment("intake-service", Map.of(
                        "COMPLAINTBOOK_INTAKE_APPEAL_WINDOW", appealWindow.toString()));
    }

    /** For the start-up banner. */
    public String describe() {
        return "complaints " + text(complaint) + ", suggestions " + text(suggestion) + ", each level above "
                + text(escalated) + "; appeal window " + text(appealWindow);
    }

    private static String text(Duration period) {
        if (period.toSecondsPart() == 0 && period.toMillisPart() == 0 && period.toMinutes() > 0) {
            return period.toMinutes() + " min";
        }
        return period.toMillis() % 1000 == 0 ? period.toSeconds() + " s" : period.toMillis() + " ms";
    }
}

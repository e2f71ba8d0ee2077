package com.complaintbook.routing.domain.organisation;

import java.time.Instant;

/**
 * A period someone is away: nothing new is assigned to them, and a complaint climbing past them
 * goes to {@code actingId}, or on up when nobody stands in.
 *
 * @param from     the first moment away
 * @param until    the first moment back; {@code null} while the return is not known
 * @param actingId who stands in for them meanwhile, or {@code null}
 */
public record Absence(Instant from, Instant until, String actingId) {

    public boolean covers(Instant moment) {
        return !moment.isBefore(from) && (until == null || moment.isBefore(until));
    }
}

package com.complaintbook.contracts.events;

import java.time.Instant;

/**
 * The responsible employee answered.
 *
 * @param complaintId the complaint
 * @param answeredBy  employee id of who answered
 * @param level       the level the complaint was at
 * @param answer      the answer, as the customer will read it
 * @param answeredAt  when it was answered
 */
public record ComplaintAnswered(
        String complaintId,
        String answeredBy,
        int level,
        String answer,
        Instant answeredAt) {
}

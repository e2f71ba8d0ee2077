package com.complaintbook.reporting.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which complaints a list shows. Every criterion is optional, and the given ones must all hold.
 *
 * @param statuses   the statuses to show, any of them; empty for every status
 * @param assigneeId the employee id of the current (or, once answered or closed, last) assignee, or
 *                   {@code null} for anyone's
 * @param storeId    the store, or {@code null} for every store
 * @param category   the category, or {@code null} for every category
 * @param reference  the reference people quote, e.g. {@code KB-26-004213}, or {@code null} for any
 */
public record ComplaintFilter(Set<ComplaintStatus> statuses, String assigneeId, String storeId, String category,
                              String reference) {

    public ComplaintFilter {
        statuses = Collections.unmodifiableSet(statuses == null || statuses.isEmpty()
                ? EnumSet.noneOf(ComplaintStatus.class)
                : EnumSet.copyOf(statuses));
    }

    /** Every complaint. */
    public static ComplaintFilter everything() {
        return new ComplaintFilter(Set.of(), null, null, null, null);
    }
}

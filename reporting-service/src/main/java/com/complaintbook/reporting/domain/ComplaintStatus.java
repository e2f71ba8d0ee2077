package com.complaintbook.reporting.domain;

/** Where a complaint stands, as the last event of its stream left it. */
public enum ComplaintStatus {
    SUBMITTED,
    ASSIGNED,
    ANSWERED,
    REJECTED,
    ESCALATED,
    /** Its life ended: accepted by the customer, answered finally, or the appeal window passed. */
    CLOSED
}

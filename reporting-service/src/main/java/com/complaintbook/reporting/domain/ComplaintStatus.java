package com.complaintbook.reporting.domain;

/** Where a complaint stands, as the last event of its stream left it. */
public enum ComplaintStatus {
    SUBMITTED,
    ASSIGNED,
    ANSWERED,
    REJECTED,
    ESCALATED
}

package com.complaintbook.intake.domain;

/** Where a complaint stands in its life. */
public enum ComplaintStatus {
    /** Written by the customer; nobody is responsible yet. */
    SUBMITTED,
    /** An employee is responsible and the review deadline runs. */
    ASSIGNED,
    /** Climbed one level; waiting for routing to name who is responsible there. */
    ESCALATED
}

package com.complaintbook.intake.domain;

/** Where a complaint stands in its life. */
public enum ComplaintStatus {
    /** Written by the customer; nobody is responsible yet. */
    SUBMITTED,
    /** An employee is responsible and the review deadline runs. */
    ASSIGNED,
    /** Climbed one level; waiting for routing to name who is responsible there. */
    ESCALATED,
    /** Answered; the customer may accept it or, within the appeal window, say it did not satisfy them. */
    ANSWERED,
    /** Rejected with a reason; the customer may accept that or appeal, like an answer. */
    REJECTED,
    /** Over: accepted, answered finally at the top, or no longer appealable. */
    CLOSED
}

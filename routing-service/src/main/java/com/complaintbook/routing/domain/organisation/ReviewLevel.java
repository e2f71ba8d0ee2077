package com.complaintbook.routing.domain.organisation;

/** Which assignments a review period is for. */
public enum ReviewLevel {
    /** The first assignee's, at level 0. */
    FIRST,
    /** Every level a complaint climbs to. */
    ESCALATED
}

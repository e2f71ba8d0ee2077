package com.complaintbook.reporting.domain;

/** What an analyst counts about deadlines and the end of a complaint's life. */
public enum MilestoneKind {
    /** An assignee was warned that their deadline was near. */
    WARNING,
    /** A deadline passed unanswered: the complaint climbed, or, at the top, was left overdue. */
    BREACH,
    /** The complaint's life ended. */
    CLOSURE
}

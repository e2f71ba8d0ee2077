package com.complaintbook.escalation.domain;

/** Where a complaint's current review deadline stands. */
public enum DeadlineState {

    /** An assignee must answer by the deadline; the only state in which a warning or a breach is due. */
    OPEN,

    /** The complaint climbed; this level's deadline no longer counts and the next assignment is awaited. */
    SUPERSEDED,

    /** The assignee answered. The customer may still be unsatisfied, which reopens it one level up. */
    ANSWERED,

    /** The assignee rejected it. The customer may still be unsatisfied, which reopens it one level up. */
    REJECTED,

    /** The complaint's life ended: accepted, a final answer, or its appeal window passed. */
    CLOSED
}

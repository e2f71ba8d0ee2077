package com.complaintbook.escalation.domain;

/** Where a complaint's current review deadline stands. */
public enum DeadlineState {

    /** An assignee must answer by the deadline; the only state in which a breach can be noticed. */
    OPEN,

    /**
     * The deadline passed and escalation has asked for the climb, once. Set by the deadline watcher
     * (a later step), never by an event; the next assignment reopens the deadline at the new level.
     */
    ESCALATION_REQUESTED,

    /** The complaint climbed; this level's deadline no longer counts and the next assignment is awaited. */
    SUPERSEDED,

    /** The assignee answered. The customer may still be unsatisfied, which reopens it one level up. */
    ANSWERED,

    /** The assignee rejected it. The customer may still be unsatisfied, which reopens it one level up. */
    REJECTED
}

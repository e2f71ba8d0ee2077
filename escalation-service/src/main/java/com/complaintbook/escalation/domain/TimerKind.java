package com.complaintbook.escalation.domain;

/**
 * What escalation does next for a complaint when its moment comes, and the name the command's id
 * carries ({@code <complaintId>:<kind>:<level>}).
 */
public enum TimerKind {

    /** Warn the assignee that the review deadline is near. */
    WARN("warn"),

    /** The review deadline passed unanswered: ask for the climb (at the top, the aggregate records the breach). */
    BREACH("breach"),

    /** The answer's appeal window passed: ask for the close. */
    APPEAL_CLOSE("appeal-close");

    private final String label;

    TimerKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

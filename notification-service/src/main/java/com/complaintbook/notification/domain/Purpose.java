package com.complaintbook.notification.domain;

/**
 * Why a message is sent. Each purpose has one letter template per language; a new kind of message
 * is a new purpose, its templates, and a case in {@link NoticePlanner}.
 */
public enum Purpose {
    /** Tells the customer their complaint was received, with its number and status link. */
    COMPLAINT_RECEIVED("complaint-received"),
    /** Tells an employee a complaint is now theirs to answer, and by when. */
    COMPLAINT_ASSIGNED("complaint-assigned"),
    /** Tells the customer the answer, and whether and until when they can appeal it. */
    COMPLAINT_ANSWERED("complaint-answered"),
    /** Tells the customer their complaint was rejected and why, and whether and until when they can appeal it. */
    COMPLAINT_REJECTED("complaint-rejected"),
    /**
     * The escalation letter: tells a manager a complaint has climbed to them, why (a missed deadline
     * below them, or an unsatisfied customer), and by when it must be answered.
     */
    COMPLAINT_ESCALATED("complaint-escalated"),
    /**
     * Warns an assignee, once per level, that their review deadline is near, and to whom the
     * complaint climbs if it passes; at the top of the chain, that nobody is above.
     */
    DEADLINE_APPROACHING("deadline-approaching"),
    /**
     * The copy of an escalation letter for the employee whose deadline passed: to whom the complaint
     * went, the deadline they missed and by how long. Only for a missed deadline.
     */
    ESCALATION_COPY("escalation-copy"),
    /**
     * Tells the customer their complaint now sits with someone more senior, why, and by when they must
     * answer: with the assignment that follows any escalation.
     */
    COMPLAINT_MOVED_UP("complaint-moved-up"),
    /** Tells the customer their complaint is closed because the appeal window passed, so the answer stands. */
    COMPLAINT_CLOSED("complaint-closed"),
    /**
     * Reminds the top of the chain that their review deadline passed: nobody is above, so the complaint
     * stays theirs, overdue, and still waits for their answer.
     */
    DEADLINE_MISSED_AT_TOP("deadline-missed-at-top");

    private final String code;

    Purpose(String code) {
        this.code = code;
    }

    /** The stable name used in template paths, delivery keys and metrics. */
    public String code() {
        return code;
    }
}

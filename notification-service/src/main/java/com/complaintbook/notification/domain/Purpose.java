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
    COMPLAINT_ESCALATED("complaint-escalated");

    private final String code;

    Purpose(String code) {
        this.code = code;
    }

    /** The stable name used in template paths, delivery keys and metrics. */
    public String code() {
        return code;
    }
}

package com.complaintbook.notification.domain;

/**
 * Why a message is sent. Each purpose has one letter template per language; a new kind of message
 * (the answer, the rejection, the escalation letter) is a new purpose, its templates, and a case in
 * {@link NoticePlanner}.
 */
public enum Purpose {
    /** Tells the customer their complaint was received, with its number and status link. */
    COMPLAINT_RECEIVED("complaint-received"),
    /** Tells an employee a complaint is now theirs to answer, and by when. */
    COMPLAINT_ASSIGNED("complaint-assigned");

    private final String code;

    Purpose(String code) {
        this.code = code;
    }

    /** The stable name used in template paths, delivery keys and metrics. */
    public String code() {
        return code;
    }
}

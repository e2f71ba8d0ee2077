package com.complaintbook.reporting.domain;

/**
 * The fields of a {@link ComplaintView} an event can set or clear. The identity, the time of the
 * latest change and the latest sequence are not here: every change carries them.
 */
public enum ViewField {
    KIND,
    CHANNEL,
    STORE_ID,
    CATEGORY,
    STATUS,
    LEVEL,
    ASSIGNEE,
    DEADLINE,
    SUBMITTED_AT,
    ANSWER,
    REJECTION_REASON,
    REJECTION_COMMENT,
    ESCALATION_REASON
}

package com.complaintbook.reporting.domain;

/**
 * The fields of a {@link ComplaintView} an event can set, clear or count up. The identity, the time
 * of the latest change and the latest sequence are not here: every change carries them.
 */
public enum ViewField {
    REFERENCE,
    KIND,
    CHANNEL,
    STORE_ID,
    CATEGORY,
    STORE_NAME,
    CATEGORY_NAME,
    STATUS,
    LEVEL,
    ASSIGNEE,
    DEADLINE,
    SUBMITTED_AT,
    ANSWER,
    OUTCOME,
    REJECTION_REASON,
    REJECTION_COMMENT,
    ANSWERED_BY,
    ANSWERED_AT,
    FINAL_ANSWER,
    APPEAL_DEADLINE,
    ESCALATION_REASON,
    ESCALATION_COMMENT,
    ESCALATION_COUNT,
    ESCALATED_FROM,
    MISSED_DEADLINE,
    WARNING_COUNT,
    WARNED_LEVEL,
    WARNED_AT,
    OVERDUE_AT_TOP,
    DEADLINE_MISSED_AT_TOP_AT,
    CLOSURE_REASON,
    CLOSED_AT
}

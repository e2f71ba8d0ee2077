package com.complaintbook.notification.domain;

/**
 * A piece of information a letter can show, written {@code {placeholder}} in its template. Values
 * stay typed (an instant, a kind) until a template for one language formats them.
 */
public enum Fact {
    COMPLAINT_ID("complaintId"),
    KIND("kind"),
    STORE_ID("storeId"),
    CATEGORY("category"),
    TEXT("text"),
    STATUS_LINK("statusLink"),
    LEVEL("level"),
    DEADLINE("deadline"),
    ASSIGNEE_NAME("assigneeName");

    private final String placeholder;

    Fact(String placeholder) {
        this.placeholder = placeholder;
    }

    /** The name between braces in a template. */
    public String placeholder() {
        return placeholder;
    }
}

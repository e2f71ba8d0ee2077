package com.complaintbook.notification.domain;

/**
 * A piece of information a letter can show, written {@code {placeholder}} in its template. Values
 * stay typed (an instant, a kind, a reason) until a template for one language formats them. A
 * template can also show a passage only when a fact is known and not {@code false}
 * ({@code {#fact}...{/fact}}), or only when it is not ({@code {^fact}...{/fact}}).
 */
public enum Fact {
    /** The complaint's id: the internal key, not for people's eyes; letters name a complaint by {@link #REFERENCE}. */
    COMPLAINT_ID("complaintId"),
    /**
     * How people name the complaint: the short reference they quote ({@code KB-26-004213}), or its id
     * when it was submitted before references existed.
     */
    REFERENCE("reference"),
    KIND("kind"),
    /** The store's id, as the catalogue keys it. */
    STORE_ID("storeId"),
    /** The category's id, as the catalogue keys it. */
    CATEGORY("category"),
    /**
     * How letters name the store: its display name in the letter's language, or its id for a
     * complaint submitted before events carried names.
     */
    STORE("store"),
    /** The store's address in the letter's language; absent for a complaint submitted before events carried it. */
    STORE_ADDRESS("storeAddress"),
    /** How letters name the category: its display name in the letter's language, or its id as for {@link #STORE}. */
    CATEGORY_NAME("categoryName"),
    TEXT("text"),
    /** The customer's signed link to their complaint's page; absent when there is nothing left to do there. */
    STATUS_LINK("statusLink"),
    LEVEL("level"),
    DEADLINE("deadline"),
    ASSIGNEE_NAME("assigneeName"),
    /** The answer, as the customer reads it. */
    ANSWER("answer"),
    /** What became of a suggestion; absent for a complaint. */
    OUTCOME("outcome"),
    /** Why a complaint was rejected. */
    REJECTION_REASON("rejectionReason"),
    /** The words for the customer that came with a rejection. */
    COMMENT("comment"),
    /** Whether the answer or rejection came from the top of the company and cannot be appealed. */
    FINAL_ANSWER("finalAnswer"),
    /** Until when the customer may accept, or say the answer did not satisfy them. */
    APPEAL_DEADLINE("appealDeadline"),
    /** Whether a complaint climbed because its review deadline passed unanswered. */
    DEADLINE_MISSED("deadlineMissed"),
    /** Whether a complaint climbed because the customer was not satisfied with its answer. */
    CUSTOMER_NOT_SATISFIED("customerNotSatisfied"),
    /** The employee a complaint climbed from: their name, or their employee id when the event did not carry it. */
    PREVIOUS_ASSIGNEE("previousAssignee"),
    /** The review deadline that passed unanswered. */
    MISSED_DEADLINE("missedDeadline"),
    /** How long after the missed deadline the complaint climbed: a duration. */
    OVERDUE_BY("overdueBy"),
    /**
     * Who the complaint climbs to if the deadline passes unanswered: the assignee's nearest manager;
     * absent at the top of the chain, where nothing climbs further.
     */
    ESCALATES_TO("escalatesTo"),
    /**
     * Whether the assignee is the top of the chain, with nobody above to take the complaint over;
     * absent when the event did not say who is above (an assignment whose {@code managers} was not
     * carried), so a letter then claims neither that it climbs nor that it cannot.
     */
    AT_TOP("atTop"),
    /** What the customer wrote when they said the answer did not satisfy them. */
    CUSTOMER_COMMENT("customerComment");

    private final String placeholder;

    Fact(String placeholder) {
        this.placeholder = placeholder;
    }

    /** The name between braces in a template. */
    public String placeholder() {
        return placeholder;
    }
}

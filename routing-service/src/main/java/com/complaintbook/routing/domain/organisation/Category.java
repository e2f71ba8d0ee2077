package com.complaintbook.routing.domain.organisation;

import com.complaintbook.contracts.LocalizedText;

/**
 * What a complaint or suggestion may be about.
 *
 * @param id       stable id, the one submissions name
 * @param name     display name
 * @param priority how urgent complaints about it are; review periods may depend on it
 */
public record Category(String id, LocalizedText name, Priority priority) {

    public Category {
        priority = priority == null ? Priority.NORMAL : priority;
    }
}

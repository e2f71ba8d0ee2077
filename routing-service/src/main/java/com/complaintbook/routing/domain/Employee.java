package com.complaintbook.routing.domain;

import java.util.Objects;

/**
 * A person in the org chart.
 *
 * @param id        stable id, the one events and commands carry
 * @param name      display name
 * @param email     work address
 * @param managerId the id of their manager, or {@code null} for the CEO
 */
public record Employee(String id, String name, String email, String managerId) {

    public Employee {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
    }

    public boolean hasManager() {
        return managerId != null;
    }
}

package com.complaintbook.routing.domain;

import com.complaintbook.contracts.Language;
import com.complaintbook.routing.domain.organisation.Person;

import java.util.Objects;

/**
 * A person as an assignment names them.
 *
 * @param id       stable id, the one events and commands carry
 * @param name     display name
 * @param email    work address
 * @param language the language letters to them are written in; {@code null} when the organisation
 *                 does not say
 */
public record Employee(String id, String name, String email, Language language) {

    public Employee {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
    }

    static Employee of(Person person) {
        return new Employee(person.id(), person.name(), person.email(), person.language());
    }
}

package com.complaintbook.routing.domain.organisation;

import com.complaintbook.contracts.Language;

import java.util.List;

/**
 * Someone on the staff.
 *
 * @param id       stable id, the one staff tokens, assignments and events carry
 * @param name     display name
 * @param email    work address
 * @param language the language letters to them are written in
 * @param absences when they are away, and who stands in
 */
public record Person(String id, String name, String email, Language language, List<Absence> absences) {

    public Person {
        absences = Organisation.listOf(absences);
    }
}

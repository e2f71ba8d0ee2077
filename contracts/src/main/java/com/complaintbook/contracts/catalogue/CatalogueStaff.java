package com.complaintbook.contracts.catalogue;

import com.complaintbook.contracts.Language;

import java.util.List;

/**
 * An employee, and whose complaints they may answer in someone's place.
 *
 * @param id         the employee's id, the one staff tokens and assignments carry
 * @param name       display name
 * @param email      work address
 * @param language   the language they are written to in
 * @param answersFor employees whose complaints this one may answer now, because an absence of theirs
 *                   names this one as the acting stand-in; empty for most. Acting for a vacant
 *                   position adds nobody here: a vacancy has no holder whose complaints there are
 */
public record CatalogueStaff(String id, String name, String email, Language language, List<String> answersFor) {

    public CatalogueStaff {
        answersFor = answersFor == null ? List.of() : List.copyOf(answersFor);
    }
}

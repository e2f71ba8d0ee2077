package com.complaintbook.intake.domain;

import com.complaintbook.contracts.Language;

/**
 * An employee as the complaint's stream remembers them: enough to tell who acts and to address
 * them, whatever the organisation's directory says later.
 *
 * @param language the language they are written to in; {@code null} in events recorded before it was
 *                 carried, and for anyone routing named without one
 */
public record Employee(String id, String name, String email, Language language) {

    /** An employee whose preferred language is not known. */
    public Employee(String id, String name, String email) {
        this(id, name, email, null);
    }
}

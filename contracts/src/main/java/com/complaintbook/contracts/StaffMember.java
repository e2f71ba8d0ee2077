package com.complaintbook.contracts;

/**
 * An employee as the events name them: enough to address and notify them without asking the
 * organisation's directory.
 *
 * @param id       the employee's stable id in the org chart
 * @param name     display name
 * @param email    work address for notices and escalation letters
 * @param language the language they are written to in; {@code null} in messages recorded before it
 *                 was carried, when the service's configured staff language applies
 */
public record StaffMember(String id, String name, String email, Language language) {

    /** A staff member whose preferred language is not known. */
    public StaffMember(String id, String name, String email) {
        this(id, name, email, null);
    }
}

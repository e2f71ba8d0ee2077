package com.complaintbook.contracts;

/**
 * An employee as the events name them: enough to address and notify them without asking the
 * organisation's directory.
 *
 * @param id    the employee's stable id in the org chart
 * @param name  display name
 * @param email work address for notices and escalation letters
 */
public record StaffMember(String id, String name, String email) {
}

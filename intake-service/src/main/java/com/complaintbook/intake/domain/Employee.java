package com.complaintbook.intake.domain;

/**
 * An employee as the complaint's stream remembers them: enough to tell who acts and to address
 * them, whatever the organisation's directory says later.
 */
public record Employee(String id, String name, String email) {
}

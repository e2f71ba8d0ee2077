package com.complaintbook.contracts;

/**
 * How to reach the customer; every part is optional, and a customer may leave none.
 *
 * @param name  how the customer signed, or {@code null}
 * @param email where messages go, or {@code null}
 * @param phone a phone number as typed, or {@code null}
 */
public record CustomerContact(String name, String email, String phone) {
}

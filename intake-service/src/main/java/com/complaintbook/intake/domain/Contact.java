package com.complaintbook.intake.domain;

/** How to reach the customer, as they left it; every part is optional. */
public record Contact(String name, String email, String phone) {
}

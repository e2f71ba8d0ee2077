package com.complaintbook.notification.domain;

import java.util.Objects;

/**
 * Whom a message goes to.
 *
 * @param name    how to address them, or {@code null}
 * @param address where the message goes, e.g. an e-mail address
 */
public record Recipient(String name, String address) {

    public Recipient {
        Objects.requireNonNull(address, "address");
        if (address.isBlank()) {
            throw new IllegalArgumentException("a recipient needs an address");
        }
        address = address.strip();
    }
}

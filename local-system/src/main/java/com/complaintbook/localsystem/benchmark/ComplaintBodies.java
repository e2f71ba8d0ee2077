package com.complaintbook.localsystem.benchmark;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Submission bodies as the website sends them (the README's example), each with the next store,
 * category and language, so that every one of their combinations comes round. Customers' addresses repeat over a
 * thousand, as a real mailbox population would, rather than one new address per complaint.
 */
final class ComplaintBodies {

    private static final int CUSTOMERS = 1000;

    private final AtomicLong sequence = new AtomicLong();

    byte[] next() {
        return body(sequence.getAndIncrement()).getBytes(StandardCharsets.UTF_8);
    }

    static String body(long n) {
        String store = Catalogue.STORES.get((int) (n % Catalogue.STORES.size()));
        // Each choice turns once the ones before it have come full circle: every combination comes round.
        long pairs = (long) Catalogue.STORES.size() * Catalogue.CATEGORIES.size();
        String category = Catalogue.CATEGORIES.get((int) ((n / Catalogue.STORES.size()) % Catalogue.CATEGORIES.size()));
        String language = Catalogue.LANGUAGES.get((int) ((n / pairs) % Catalogue.LANGUAGES.size()));
        long customer = n % CUSTOMERS;
        return "{\"kind\":\"complaint\",\"channel\":\"website\",\"storeId\":\"" + store + "\",\"category\":\"" + category
                + "\",\"text\":\"Benchmark complaint " + n + ": the sofa arrived two weeks late and scratched.\","
                + "\"customer\":{\"name\":\"Customer " + customer + "\",\"email\":\"customer" + customer
                + "@benchmark.example\"},\"language\":\"" + language + "\"}";
    }
}

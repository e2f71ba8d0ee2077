package com.complaintbook.intake.submission.application;

import java.time.Instant;
import java.time.ZoneId;
import java.util.regex.Pattern;

/**
 * How a complaint's short reference reads: prefix, the year it was submitted (in the retailer's
 * time zone) and its number, e.g. {@code KB-26-004213}. Short enough to say on the phone; the
 * number alone is unique, so the year only helps people.
 */
public record ReferenceFormat(String prefix, ZoneId zone) {

    private static final Pattern SHAPE = Pattern.compile("[A-Z]{1,4}-[0-9]{2}-[0-9]{6,}");

    public ReferenceFormat {
        if (prefix == null || !prefix.matches("[A-Z]{1,4}")) {
            throw new IllegalArgumentException("A reference prefix is one to four capital letters, not " + prefix);
        }
    }

    public String format(long number, Instant submittedAt) {
        int year = submittedAt.atZone(zone).getYear() % 100;
        // Built by hand: String.format parses its pattern and looks up the locale's digits on every
        // call, which showed in the profile of every submission.
        StringBuilder reference = new StringBuilder(prefix.length() + 11).append(prefix).append('-');
        padded(reference, year, 2).append('-');
        return padded(reference, number, 6).toString();
    }

    private static StringBuilder padded(StringBuilder into, long value, int width) {
        String digits = Long.toString(value);
        into.append("0".repeat(Math.max(0, width - digits.length())));
        return into.append(digits);
    }

    /** Whether {@code text} has the shape of a reference (of any prefix), as opposed to a complaint id. */
    public static boolean looksLikeReference(String text) {
        return SHAPE.matcher(text).matches();
    }
}

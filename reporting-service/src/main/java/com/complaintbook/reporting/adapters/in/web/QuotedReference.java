package com.complaintbook.reporting.adapters.in.web;

import java.util.Locale;

/**
 * A complaint reference as a person typed it, perhaps from what a customer said on the phone. Intake
 * writes references in capitals ({@code KB-26-004213}), so letter case and surrounding blanks do not
 * matter; anything else must match exactly.
 */
final class QuotedReference {

    private QuotedReference() {
    }

    /** The reference as intake writes it, or {@code null} when nothing was typed. */
    static String read(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip().toUpperCase(Locale.ROOT);
    }
}

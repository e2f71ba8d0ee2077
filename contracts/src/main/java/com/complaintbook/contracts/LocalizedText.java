package com.complaintbook.contracts;

/**
 * A display text in each language the product writes in: a store's or category's name, a store's
 * address. Every language is present in the catalogue routing publishes; events recorded before
 * names were carried have none at all.
 *
 * @param ru Russian
 * @param uk Ukrainian
 * @param en English
 */
public record LocalizedText(String ru, String uk, String en) {

    /** The text in {@code language}, or in English when that one is missing. */
    public String in(Language language) {
        String text = switch (language) {
            case RU -> ru;
            case UK -> uk;
            case EN -> en;
        };
        return text == null || text.isBlank() ? en : text;
    }
}

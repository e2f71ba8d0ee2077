package com.complaintbook.reporting.adapters.in.web;

import com.complaintbook.contracts.Language;

import java.util.Locale;

/**
 * The {@code lang} query parameter: the language store and category names are shown in. English
 * when it is not given, as analysts across the company share one language by default.
 */
final class ReportLanguage {

    static final String PARAMETER = "lang";

    private ReportLanguage() {
    }

    static Language read(String lang) {
        if (lang == null || lang.isBlank()) {
            return Language.EN;
        }
        try {
            return Language.valueOf(lang.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidParameterException(PARAMETER, "lang must be one of ru, uk, en, was '" + lang + "'");
        }
    }
}

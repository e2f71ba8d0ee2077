package com.complaintbook.intake.web.adapters.in.web;

import com.complaintbook.contracts.Language;

import java.util.Objects;

/**
 * The language a submission gets when it names none, and the customer page's fallback; given by
 * the wiring from {@code complaintbook.intake.default-language}.
 */
public record DefaultLanguage(Language language) {

    public DefaultLanguage {
        Objects.requireNonNull(language, "language");
    }
}

package com.complaintbook.notification.application;

import com.complaintbook.notification.domain.Notice;

/** Writes letters from per-language templates. */
public interface LetterTemplates {

    /**
     * Writes the letter for {@code notice} in its language, or in English when that language has no
     * template for the purpose. Never returns a blank subject or body.
     */
    Letter write(Notice notice);
}

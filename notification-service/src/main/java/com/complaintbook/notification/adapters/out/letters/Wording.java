package com.complaintbook.notification.adapters.out.letters;

import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.contracts.Language;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Properties;

/**
 * How facts read in one language: the words for a complaint's kind, for something not known, and
 * the way a date is written.
 */
final class Wording {

    static final String[] KEYS = {"kind.complaint", "kind.suggestion", "unknown"};

    private final Properties words;
    private final Wording fallback;
    private final DateTimeFormatter dates;
    private final ZoneId zone;

    /**
     * @param words    this language's words
     * @param fallback the wording to take a missing word from, or {@code null} for English itself
     */
    Wording(Language language, Properties words, Wording fallback, ZoneId zone) {
        this.words = words;
        this.fallback = fallback;
        this.zone = zone;
        this.dates = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.forLanguageTag(language.name().toLowerCase(Locale.ROOT)))
                .withZone(zone);
    }

    String kind(ComplaintKind kind) {
        return word("kind." + kind.name().toLowerCase(Locale.ROOT));
    }

    String unknown() {
        return word("unknown");
    }

    /** A moment as people in the configured zone read it, e.g. {@code 25 листопада 2026, 11:15 (Europe/Kyiv)}. */
    String moment(Instant instant) {
        return dates.format(instant) + " (" + zone.getId() + ")";
    }

    String word(String key) {
        String word = words.getProperty(key);
        if (word != null && !word.isBlank()) {
            return word.strip();
        }
        if (fallback != null) {
            return fallback.word(key);
        }
        throw new IllegalStateException("the English wording lacks '" + key + "'");
    }
}

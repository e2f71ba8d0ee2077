package com.complaintbook.notification.adapters.out.letters;

import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.contracts.Language;
import com.complaintbook.contracts.RejectionReason;
import com.complaintbook.contracts.SuggestionOutcome;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * How facts read in one language: the words for a complaint's kind, a suggestion's outcome, a
 * rejection's reason and something not known, and the way a date is written.
 */
final class Wording {

    private static final String KIND = "kind";
    private static final String OUTCOME = "outcome";
    private static final String REJECTION = "rejection";
    private static final String UNKNOWN = "unknown";

    /**
     * Every word a letter may need, which English must have. Derived from the contracts' enums, so a
     * value the contracts add stops the service at start-up until English has a word for it.
     */
    static final List<String> KEYS = Stream.of(
                    keys(KIND, ComplaintKind.values()),
                    keys(OUTCOME, SuggestionOutcome.values()),
                    keys(REJECTION, RejectionReason.values()),
                    Stream.of(UNKNOWN))
            .flatMap(keys -> keys)
            .toList();

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
        return word(key(KIND, kind));
    }

    String outcome(SuggestionOutcome outcome) {
        return word(key(OUTCOME, outcome));
    }

    String rejectionReason(RejectionReason reason) {
        return word(key(REJECTION, reason));
    }

    String unknown() {
        return word(UNKNOWN);
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

    // Keys read as the wire writes the value: rejection.not-ours, outcome.implemented.
    private static String key(String prefix, Enum<?> value) {
        return prefix + "." + value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Stream<String> keys(String prefix, Enum<?>[] values) {
        return Arrays.stream(values).map(value -> key(prefix, value));
    }
}

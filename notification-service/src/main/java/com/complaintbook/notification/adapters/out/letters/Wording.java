package com.complaintbook.notification.adapters.out.letters;

import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.contracts.Language;
import com.complaintbook.contracts.RejectionReason;
import com.complaintbook.contracts.SuggestionOutcome;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * How facts read in one language: the words for a complaint's kind, a suggestion's outcome, a
 * rejection's reason and something not known, and the way a date and a length of time are written.
 *
 * <p>A unit of time is written with the form its number takes: {@code duration.hours} holds the
 * forms separated by {@code |}, English's {@code hour|hours} (one, other), Ukrainian's and Russian's
 * {@code година|години|годин} (one, few, many: 1, 2–4, 5–20 and 11–14).
 */
final class Wording {

    private static final String KIND = "kind";
    private static final String OUTCOME = "outcome";
    private static final String REJECTION = "rejection";
    private static final String UNKNOWN = "unknown";
    private static final String DAYS = "duration.days";
    private static final String HOURS = "duration.hours";
    private static final String MINUTES = "duration.minutes";
    private static final String UNDER_A_MINUTE = "duration.under-a-minute";

    /**
     * Every word a letter may need, which English must have. Derived from the contracts' enums, so a
     * value the contracts add stops the service at start-up until English has a word for it.
     */
    static final List<String> KEYS = Stream.of(
                    keys(KIND, ComplaintKind.values()),
                    keys(OUTCOME, SuggestionOutcome.values()),
                    keys(REJECTION, RejectionReason.values()),
                    Stream.of(UNKNOWN, DAYS, HOURS, MINUTES, UNDER_A_MINUTE))
            .flatMap(keys -> keys)
            .toList();

    private final Language language;
    private final Properties words;
    private final Wording fallback;
    private final DateTimeFormatter dates;
    private final ZoneId zone;

    /**
     * @param words    this language's words
     * @param fallback the wording to take a missing word from, or {@code null} for English itself
     */
    Wording(Language language, Properties words, Wording fallback, ZoneId zone) {
        this.language = language;
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

    /**
     * A length of time as people say it, to the minute, e.g. {@code 2 hours 5 minutes},
     * {@code 1 день 3 години}; under a minute, in words ({@code less than a minute}).
     */
    String duration(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes < 1) {
            return word(UNDER_A_MINUTE);
        }
        List<String> parts = new ArrayList<>();
        addPart(parts, minutes / (24 * 60), DAYS);
        addPart(parts, minutes / 60 % 24, HOURS);
        addPart(parts, minutes % 60, MINUTES);
        return String.join(" ", parts);
    }

    private void addPart(List<String> parts, long count, String unit) {
        if (count > 0) {
            String[] forms = word(unit).split("\\|");
            parts.add(count + " " + forms[Math.min(pluralForm(count), forms.length - 1)].strip());
        }
    }

    // English: one, other. Ukrainian and Russian: one (1, 21, ...), few (2-4, 22-24, ...), many (the rest, 11-14 too).
    private int pluralForm(long count) {
        if (language == Language.EN) {
            return count == 1 ? 0 : 1;
        }
        long lastTwo = count % 100;
        long last = count % 10;
        if (last == 1 && lastTwo != 11) {
            return 0;
        }
        return last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14) ? 1 : 2;
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

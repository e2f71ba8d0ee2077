package com.complaintbook.localsystem.benchmark;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people type and read them on a command line: {@code 500ms}, {@code 15s}, {@code 2m}, {@code 1h}. */
final class DurationText {

    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)?");

    private DurationText() {
    }

    /** A bare number is seconds. */
    static Duration parse(String text) {
        Matcher matcher = DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a duration: '" + text + "' (e.g. 500ms, 15s, 2m, 1h)");
        }
        long amount = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2) == null ? "s" : matcher.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofSeconds(amount);
        };
    }

    /** Seconds with one decimal, the precision every figure of the report needs. */
    static String format(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}

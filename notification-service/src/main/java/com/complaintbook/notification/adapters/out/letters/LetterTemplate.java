package com.complaintbook.notification.adapters.out.letters;

import com.complaintbook.contracts.Language;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One purpose's letter in one language, as read from its template file.
 *
 * @param subject  the subject line, with placeholders
 * @param body     the body, with placeholders
 * @param language the language it is written in
 */
record LetterTemplate(String subject, String body, Language language) {

    private static final String SUBJECT_PREFIX = "Subject:";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    /**
     * Reads a template file: a {@code Subject:} line, then the body after a blank line.
     *
     * @return the template, or empty when the text is blank or has no subject or no body, so that a
     *         half-written translation falls back rather than sends a blank letter
     */
    static Optional<LetterTemplate> parse(String text, Language language) {
        String normalised = text.replace("\r\n", "\n").strip();
        int endOfSubject = normalised.indexOf('\n');
        if (!normalised.startsWith(SUBJECT_PREFIX) || endOfSubject < 0) {
            return Optional.empty();
        }
        String subject = normalised.substring(SUBJECT_PREFIX.length(), endOfSubject).strip();
        String body = normalised.substring(endOfSubject + 1).strip();
        if (subject.isEmpty() || body.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LetterTemplate(subject, body + "\n", language));
    }

    /** Every placeholder name the template uses. */
    Set<String> placeholders() {
        Set<String> names = new LinkedHashSet<>();
        for (String part : new String[] {subject, body}) {
            Matcher matcher = PLACEHOLDER.matcher(part);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    /** The subject with its placeholders filled in, on one line whatever the values hold. */
    String subject(Function<String, String> values) {
        return fill(subject, values).replaceAll("[\\r\\n]+", " ");
    }

    /** The body with its placeholders filled in. */
    String body(Function<String, String> values) {
        return fill(body, values);
    }

    // One pass, so that a value which itself contains braces (the customer's text, say) is not
    // taken for a placeholder.
    private static String fill(String template, Function<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(filled, Matcher.quoteReplacement(values.apply(matcher.group(1))));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }
}

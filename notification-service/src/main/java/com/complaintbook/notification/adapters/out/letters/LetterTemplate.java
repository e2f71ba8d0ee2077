package com.complaintbook.notification.adapters.out.letters;

import com.complaintbook.contracts.Language;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One purpose's letter in one language, as read from its template file.
 *
 * <p>Besides {@code {placeholder}}s a template may hold passages shown only when a fact is known
 * and not {@code false}, {@code {#fact}...{/fact}}, or only when it is not, {@code {^fact}...{/fact}}
 * (Mustache's notation, so translators meet nothing new). A section tag alone on its line takes the
 * line with it, so a passage left out leaves no blank line behind.
 *
 * @param subject  the subject line, with placeholders
 * @param body     the body, with placeholders and sections
 * @param language the language it is written in
 */
record LetterTemplate(String subject, String body, Language language) {

    private static final String SUBJECT_PREFIX = "Subject:";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
    private static final Pattern SECTION_TAG = Pattern.compile("\\{([#^/])([A-Za-z]+)}");
    private static final Pattern STANDALONE_SECTION_TAG = Pattern.compile("(?m)^[ \\t]*(\\{[#^/][A-Za-z]+})[ \\t]*(?:\\n|\\z)");
    private static final Pattern SECTION = Pattern.compile("\\{([#^])([A-Za-z]+)}(.*?)\\{/\\2}", Pattern.DOTALL);

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
        return Optional.of(new LetterTemplate(subject, STANDALONE_SECTION_TAG.matcher(body).replaceAll("$1") + "\n", language));
    }

    /** Every fact name the template uses, in placeholders and in sections. */
    Set<String> placeholders() {
        Set<String> names = new LinkedHashSet<>();
        for (String part : new String[] {subject, body}) {
            Matcher placeholder = PLACEHOLDER.matcher(part);
            while (placeholder.find()) {
                names.add(placeholder.group(1));
            }
            Matcher section = SECTION_TAG.matcher(part);
            while (section.find()) {
                names.add(section.group(2));
            }
        }
        return names;
    }

    /**
     * @return what is wrong with the template's sections, e.g. one that is never closed, or empty
     *         when every section is closed in order and none is nested in one of the same name
     */
    Optional<String> sectionProblem() {
        for (String part : new String[] {subject, body}) {
            Deque<String> open = new ArrayDeque<>();
            Matcher tag = SECTION_TAG.matcher(part);
            while (tag.find()) {
                String name = tag.group(2);
                if (!tag.group(1).equals("/")) {
                    if (open.contains(name)) {
                        return Optional.of("{" + tag.group(1) + name + "} is inside a section of the same name");
                    }
                    open.push(name);
                } else if (!name.equals(open.peek())) {
                    return Optional.of("{/" + name + "} closes " + (open.isEmpty() ? "no open section" : "{#" + open.peek() + "}"));
                } else {
                    open.pop();
                }
            }
            if (!open.isEmpty()) {
                return Optional.of("{#" + open.peek() + "} is never closed");
            }
        }
        return Optional.empty();
    }

    /** The subject with its sections resolved and placeholders filled in, on one line whatever the values hold. */
    String subject(Function<String, String> values, Predicate<String> shown) {
        return fill(sections(subject, shown), values).replaceAll("[\\r\\n]+", " ");
    }

    /** The body with its sections resolved and placeholders filled in. */
    String body(Function<String, String> values, Predicate<String> shown) {
        return fill(sections(body, shown), values);
    }

    // Sections are resolved on the template before any value is filled in, so a value cannot open or
    // close one. Sections of other names may nest: what a shown section holds is resolved in turn.
    private static String sections(String template, Predicate<String> shown) {
        Matcher section = SECTION.matcher(template);
        StringBuilder resolved = new StringBuilder();
        while (section.find()) {
            boolean wanted = section.group(1).equals("#") == shown.test(section.group(2));
            section.appendReplacement(resolved, Matcher.quoteReplacement(wanted ? sections(section.group(3), shown) : ""));
        }
        section.appendTail(resolved);
        return resolved.toString();
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

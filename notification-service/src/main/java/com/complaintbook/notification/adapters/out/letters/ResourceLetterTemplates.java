package com.complaintbook.notification.adapters.out.letters;

import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.contracts.Language;
import com.complaintbook.contracts.LocalizedText;
import com.complaintbook.contracts.RejectionReason;
import com.complaintbook.contracts.SuggestionOutcome;
import com.complaintbook.notification.application.Letter;
import com.complaintbook.notification.application.LetterTemplates;
import com.complaintbook.notification.domain.Fact;
import com.complaintbook.notification.domain.Notice;
import com.complaintbook.notification.domain.Purpose;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Letters from classpath templates, all read and checked when the service starts: every purpose
 * must have an English template, every placeholder and section must name a {@link Fact}, and every
 * section must be closed. A language without a usable template for a purpose gets the English one,
 * never a blank letter.
 */
public class ResourceLetterTemplates implements LetterTemplates {

    private static final Logger log = LoggerFactory.getLogger(ResourceLetterTemplates.class);
    private static final Set<String> KNOWN_PLACEHOLDERS = Arrays.stream(Fact.values())
            .map(Fact::placeholder).collect(Collectors.toUnmodifiableSet());

    private final Map<Purpose, Map<Language, LetterTemplate>> templates = new EnumMap<>(Purpose.class);
    private final Map<Language, Wording> wordings = new EnumMap<>(Language.class);

    /**
     * @param location     the classpath folder holding the templates, e.g. {@code letters}
     * @param deadlineZone the zone moments are shown in
     * @throws IllegalStateException when a purpose has no English template, English lacks a word, or
     *                               a template uses a placeholder or section that names no fact or
     *                               leaves a section unclosed
     */
    public ResourceLetterTemplates(String location, ZoneId deadlineZone) {
        Wording english = new Wording(Language.EN, words(location, Language.EN), null, deadlineZone);
        Wording.KEYS.forEach(english::word);
        for (Language language : Language.values()) {
            wordings.put(language, language == Language.EN
                    ? english
                    : new Wording(language, words(location, language), english, deadlineZone));
        }
        for (Purpose purpose : Purpose.values()) {
            templates.put(purpose, templatesFor(location, purpose));
        }
    }

    @Override
    public Letter write(Notice notice) {
        LetterTemplate template = templates.get(notice.purpose()).get(notice.language());
        Wording wording = wordings.get(template.language());
        Map<Fact, Object> facts = notice.facts();
        Function<String, String> values = placeholder -> show(fact(placeholder), facts, wording, template.language());
        Predicate<String> shown = name -> isShown(facts.get(fact(name)));
        return new Letter(template.subject(values, shown), template.body(values, shown), template.language());
    }

    private static Map<Language, LetterTemplate> templatesFor(String location, Purpose purpose) {
        LetterTemplate english = template(location, purpose, Language.EN).orElseThrow(() -> new IllegalStateException(
                "no usable English template for " + purpose.code() + " in " + location));
        Map<Language, LetterTemplate> byLanguage = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            byLanguage.put(language, template(location, purpose, language).orElseGet(() -> {
                log.warn("No usable {} template for {}; such letters go out in English", code(language), purpose.code());
                return english;
            }));
        }
        return byLanguage;
    }

    private static Optional<LetterTemplate> template(String location, Purpose purpose, Language language) {
        Optional<LetterTemplate> template = read(location + "/" + purpose.code() + "/" + code(language) + ".txt")
                .flatMap(text -> LetterTemplate.parse(text, language));
        template.ifPresent(found -> {
            found.placeholders().stream()
                    .filter(name -> !KNOWN_PLACEHOLDERS.contains(name))
                    .findFirst()
                    .ifPresent(unknown -> {
                        throw new IllegalStateException("template " + purpose.code() + "/" + code(language)
                                + " uses {" + unknown + "}, which is not a fact; known: " + KNOWN_PLACEHOLDERS);
                    });
            found.sectionProblem().ifPresent(problem -> {
                throw new IllegalStateException("template " + purpose.code() + "/" + code(language) + ": " + problem);
            });
        });
        return template;
    }

    private static Properties words(String location, Language language) {
        Properties words = new Properties();
        read(location + "/words/" + code(language) + ".properties").ifPresent(text -> {
            try {
                words.load(new StringReader(text));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return words;
    }

    private static Optional<String> read(String path) {
        ClassPathResource resource = new ClassPathResource(path);
        if (!resource.exists()) {
            return Optional.empty();
        }
        try {
            return Optional.of(resource.getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private static Fact fact(String placeholder) {
        return Arrays.stream(Fact.values()).filter(fact -> fact.placeholder().equals(placeholder)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unchecked placeholder {" + placeholder + "}"));
    }

    // A name is shown in the language the letter is actually written in, which is English when the
    // recipient's language has no template for the purpose, so one letter never mixes two languages.
    private static String show(Fact fact, Map<Fact, Object> facts, Wording wording, Language language) {
        Object value = facts.get(fact);
        if (value == null) {
            return wording.unknown();
        }
        if (value instanceof Instant instant) {
            return wording.moment(instant);
        }
        if (value instanceof Duration duration) {
            return wording.duration(duration);
        }
        if (value instanceof LocalizedText text) {
            return Optional.ofNullable(text.in(language)).filter(shown -> !shown.isBlank()).orElseGet(wording::unknown);
        }
        if (value instanceof ComplaintKind kind) {
            return wording.kind(kind);
        }
        if (value instanceof SuggestionOutcome outcome) {
            return wording.outcome(outcome);
        }
        if (value instanceof RejectionReason reason) {
            return wording.rejectionReason(reason);
        }
        return value.toString();
    }

    private static boolean isShown(Object value) {
        return value != null && !Boolean.FALSE.equals(value);
    }

    private static String code(Language language) {
        return language.name().toLowerCase(Locale.ROOT);
    }
}

package com.complaintbook.notification.adapters.out.letters;

import com.complaintbook.contracts.Language;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

class LetterTemplateTest {

    private static final String TEMPLATE = """
            Subject: About {complaintId}

            Our answer:
            {answer}
            {#outcome}

            Your suggestion: {outcome}.
            {/outcome}
            {^finalAnswer}

            Appeal until {appealDeadline}{#statusLink} at {statusLink}{/statusLink}.
            {/finalAnswer}

            Regards
            """;

    @Test
    void aPassageIsShownOnlyWhenItsFactIsKnownAndLeavesNoBlankLineWhenItIsNot() {
        LetterTemplate template = parse(TEMPLATE);
        Map<String, String> facts = Map.of("complaintId", "c-1", "answer", "A new sofa.", "appealDeadline", "5 December",
                "statusLink", "https://x/t");

        assertThat(template.body(facts::get, facts::containsKey)).isEqualTo("""
                Our answer:
                A new sofa.

                Appeal until 5 December at https://x/t.

                Regards
                """);
        assertThat(template.body(facts::get, name -> name.equals("finalAnswer"))).isEqualTo("""
                Our answer:
                A new sofa.

                Regards
                """);
    }

    @Test
    void sectionsNestAndAnInlineSectionStaysOnItsLine() {
        LetterTemplate template = parse(TEMPLATE);
        Map<String, String> facts = Map.of("answer", "A new sofa.", "appealDeadline", "5 December", "outcome", "accepted");

        assertThat(template.body(facts::get, facts::containsKey))
                .contains("Your suggestion: accepted.\n")
                .contains("Appeal until 5 December.\n");
    }

    @Test
    void aValueThatLooksLikeASectionIsShownAsWritten() {
        LetterTemplate template = parse("Subject: {complaintId}\n\n{answer}\n");
        Function<String, String> values = name -> "{#outcome}hidden?{/outcome}";
        Predicate<String> nothingKnown = name -> false;

        assertThat(template.body(values, nothingKnown)).isEqualTo("{#outcome}hidden?{/outcome}\n");
    }

    @Test
    void sectionNamesCountAsFactsTheTemplateUses() {
        assertThat(parse(TEMPLATE).placeholders()).containsAll(Set.of("outcome", "finalAnswer", "statusLink", "answer"));
    }

    @Test
    void aSectionNeverClosedClosedOutOfOrderOrInsideItselfIsAProblem() {
        assertThat(parse(TEMPLATE).sectionProblem()).isEmpty();
        assertThat(parse("Subject: x\n\n{#outcome}\nyes\n").sectionProblem()).hasValueSatisfying(problem ->
                assertThat(problem).contains("{#outcome} is never closed"));
        assertThat(parse("Subject: x\n\n{#outcome}{#answer}{/outcome}{/answer}\n").sectionProblem()).hasValueSatisfying(problem ->
                assertThat(problem).contains("{/outcome} closes {#answer}"));
        assertThat(parse("Subject: x\n\n{/outcome}\n").sectionProblem()).isPresent();
        assertThat(parse("Subject: x\n\n{#outcome}{^outcome}{/outcome}{/outcome}\n").sectionProblem()).isPresent();
        assertThat(parse("Subject: {#outcome}x\n\nbody\n").sectionProblem()).isPresent();
    }

    private static LetterTemplate parse(String text) {
        return LetterTemplate.parse(text, Language.EN).orElseThrow();
    }
}

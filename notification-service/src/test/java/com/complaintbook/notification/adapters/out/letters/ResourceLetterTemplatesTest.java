package com.complaintbook.notification.adapters.out.letters;

import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.contracts.Language;
import com.complaintbook.notification.application.Letter;
import com.complaintbook.notification.domain.Fact;
import com.complaintbook.notification.domain.Notice;
import com.complaintbook.notification.domain.Purpose;
import com.complaintbook.notification.domain.Recipient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ResourceLetterTemplatesTest {

    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    private static final Instant DEADLINE = Instant.parse("2026-11-25T09:15:30Z");

    private final ResourceLetterTemplates letters = new ResourceLetterTemplates("letters", KYIV);

    static Stream<Arguments> everyPurposeInEveryLanguage() {
        return Arrays.stream(Purpose.values())
                .flatMap(purpose -> Arrays.stream(Language.values()).map(language -> Arguments.of(purpose, language)));
    }

    @ParameterizedTest
    @MethodSource("everyPurposeInEveryLanguage")
    void everyPurposeHasARealLetterInEveryLanguage(Purpose purpose, Language language) {
        Letter letter = letters.write(notice(purpose, language, allFacts()));

        assertThat(letter.language()).isEqualTo(language);
        assertThat(letter.subject()).isNotBlank().contains("c-1").doesNotContain("{", "\n");
        assertThat(letter.body()).isNotBlank().contains("c-1", "The sofa came late.").doesNotContain("{");
    }

    @Test
    void theUkrainianAcknowledgementReadsAsUkrainian() {
        Letter letter = letters.write(notice(Purpose.COMPLAINT_RECEIVED, Language.UK, allFacts()));

        assertThat(letter.subject()).isEqualTo("Ваше звернення № c-1 отримано");
        assertThat(letter.body()).contains("Вид: скарга", "Магазин: kyiv-001", "Категорія: delivery",
                "обов'язково", "http://localhost:8085/api/v1/complaints/c-1");
    }

    @Test
    void theKindIsWrittenInTheLettersLanguage() {
        Map<Fact, Object> suggestion = allFacts();
        suggestion.put(Fact.KIND, ComplaintKind.SUGGESTION);

        assertThat(letters.write(notice(Purpose.COMPLAINT_RECEIVED, Language.RU, allFacts())).body()).contains("Вид: жалоба");
        assertThat(letters.write(notice(Purpose.COMPLAINT_RECEIVED, Language.UK, suggestion)).body()).contains("Вид: пропозиція");
        assertThat(letters.write(notice(Purpose.COMPLAINT_RECEIVED, Language.EN, suggestion)).body()).contains("Kind: suggestion");
    }

    @Test
    void theDeadlineIsShownInTheConfiguredZoneAsTheReaderWritesDates() {
        assertThat(letters.write(notice(Purpose.COMPLAINT_ASSIGNED, Language.EN, allFacts())).subject())
                .isEqualTo("Complaint c-1 is assigned to you, due 25 November 2026, 11:15 (Europe/Kyiv)");
        assertThat(letters.write(notice(Purpose.COMPLAINT_ASSIGNED, Language.UK, allFacts())).body())
                .contains("Строк розгляду: до 25 листопада 2026, 11:15 (Europe/Kyiv)");
        assertThat(letters.write(notice(Purpose.COMPLAINT_ASSIGNED, Language.RU, allFacts())).body())
                .contains("Срок рассмотрения: до 25 ноября 2026, 11:15 (Europe/Kyiv)");
    }

    @Test
    void aFactThatIsNotKnownSaysSoInsteadOfLeavingAGap() {
        Map<Fact, Object> fromTheEventAlone = new EnumMap<>(Fact.class);
        fromTheEventAlone.put(Fact.COMPLAINT_ID, "c-1");
        fromTheEventAlone.put(Fact.LEVEL, 0);
        fromTheEventAlone.put(Fact.DEADLINE, DEADLINE);
        fromTheEventAlone.put(Fact.ASSIGNEE_NAME, "Ivan");

        assertThat(letters.write(notice(Purpose.COMPLAINT_ASSIGNED, Language.EN, fromTheEventAlone)).body())
                .contains("Category: not available");
        assertThat(letters.write(notice(Purpose.COMPLAINT_ASSIGNED, Language.UK, fromTheEventAlone)).body())
                .contains("Категорія: немає даних");
    }

    @Test
    void whatTheCustomerWroteIsShownAsWrittenEvenWhenItLooksLikeAPlaceholder() {
        Map<Fact, Object> facts = allFacts();
        facts.put(Fact.TEXT, "Price said {statusLink} and $5 \\ not $50");
        facts.put(Fact.COMPLAINT_ID, "c-1\r\nBcc: someone@example.com");

        Letter letter = letters.write(notice(Purpose.COMPLAINT_RECEIVED, Language.EN, facts));

        assertThat(letter.body()).contains("Price said {statusLink} and $5 \\ not $50");
        assertThat(letter.subject()).doesNotContain("\r", "\n");
    }

    @Test
    void aMissingOrBlankTranslationFallsBackToEnglish() {
        ResourceLetterTemplates englishOnly = new ResourceLetterTemplates("letters-english-only", KYIV);

        Letter received = englishOnly.write(notice(Purpose.COMPLAINT_RECEIVED, Language.UK, allFacts()));
        Letter assigned = englishOnly.write(notice(Purpose.COMPLAINT_ASSIGNED, Language.UK, allFacts()));

        assertThat(received.language()).isEqualTo(Language.EN);
        assertThat(received.subject()).isEqualTo("Received c-1");
        assertThat(received.body()).isEqualTo("We received your complaint c-1.\n");
        assertThat(assigned.subject()).isEqualTo("Assigned c-1");
    }

    @Test
    void aTemplateNamingAnUnknownFactStopsTheServiceFromStarting() {
        assertThatIllegalStateException().isThrownBy(() -> new ResourceLetterTemplates("letters-with-typo", KYIV))
                .withMessageContaining("{complaintNumber}");
    }

    @Test
    void aPurposeWithoutAnEnglishTemplateStopsTheServiceFromStarting() {
        assertThatIllegalStateException().isThrownBy(() -> new ResourceLetterTemplates("letters-without-english", KYIV))
                .withMessageContaining("complaint-received");
    }

    private static Notice notice(Purpose purpose, Language language, Map<Fact, Object> facts) {
        return new Notice(purpose, new Recipient("Olena", "olena@example.com"), language, facts);
    }

    private static Map<Fact, Object> allFacts() {
        Map<Fact, Object> facts = new EnumMap<>(Fact.class);
        facts.put(Fact.COMPLAINT_ID, "c-1");
        facts.put(Fact.KIND, ComplaintKind.COMPLAINT);
        facts.put(Fact.STORE_ID, "kyiv-001");
        facts.put(Fact.CATEGORY, "delivery");
        facts.put(Fact.TEXT, "The sofa came late.");
        facts.put(Fact.STATUS_LINK, "http://localhost:8085/api/v1/complaints/c-1");
        facts.put(Fact.LEVEL, 0);
        facts.put(Fact.DEADLINE, DEADLINE);
        facts.put(Fact.ASSIGNEE_NAME, "Ivan Petrenko");
        return facts;
    }
}

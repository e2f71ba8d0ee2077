package com.complaintbook.notification.adapters.out.letters;

import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.contracts.Language;
import com.complaintbook.contracts.RejectionReason;
import com.complaintbook.contracts.SuggestionOutcome;
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
    private static final Instant APPEAL_DEADLINE = Instant.parse("2026-12-05T14:02:00Z");
    /** How each language says a decision is final. */
    private static final Map<Language, String> FINAL_WORDS = Map.of(
            Language.EN, "by the head of the company",
            Language.RU, "руководитель компании",
            Language.UK, "керівник компанії");
    private static final String LINK = "http://localhost:8081/customer/YzE.1795000000.c2ln";
    private static final String COMPLAINT_ID = "c1c52f06-8bed-4bed-9561-daa9b7810f3b";
    private static final String REFERENCE = "KB-26-004213";

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
        assertThat(letter.subject()).isNotBlank().contains(REFERENCE).doesNotContain("{", "\n");
        assertThat(letter.body()).isNotBlank().contains(REFERENCE, "The sofa came late.").doesNotContain("{", "\n\n\n");
    }

    @ParameterizedTest
    @MethodSource("everyPurposeInEveryLanguage")
    void everyLetterNamesTheComplaintByItsReferenceAndNeverByItsId(Purpose purpose, Language language) {
        Letter letter = letters.write(notice(purpose, language, allFacts()));

        assertThat(letter.subject()).doesNotContain(COMPLAINT_ID);
        assertThat(letter.body()).doesNotContain(COMPLAINT_ID);
    }

    static Stream<Arguments> everyDecisionInEveryLanguage() {
        return Stream.of(Purpose.COMPLAINT_ANSWERED, Purpose.COMPLAINT_REJECTED)
                .flatMap(purpose -> Arrays.stream(Language.values()).map(language -> Arguments.of(purpose, language)));
    }

    @ParameterizedTest
    @MethodSource("everyDecisionInEveryLanguage")
    void aDecisionThatCanBeAppealedSaysUntilWhenAndWhere(Purpose purpose, Language language) {
        Letter letter = letters.write(notice(purpose, language, decision(false)));

        assertThat(letter.body()).contains(LINK, "2026, 16:02 (Europe/Kyiv)").doesNotContain("{", "\n\n\n");
    }

    @ParameterizedTest
    @MethodSource("everyDecisionInEveryLanguage")
    void aFinalDecisionSaysSoAndOffersNoAppeal(Purpose purpose, Language language) {
        Letter closing = letters.write(notice(purpose, language, decision(true)));

        assertThat(closing.body()).contains(FINAL_WORDS.get(language)).doesNotContain("http", "2026, 16:02", "{", "\n\n\n");
        assertThat(letters.write(notice(purpose, language, decision(false))).body()).doesNotContain(FINAL_WORDS.get(language));
    }

    @Test
    void theAnswerReadsInEachLanguage() {
        Map<Fact, Object> answer = decision(false);

        Letter uk = letters.write(notice(Purpose.COMPLAINT_ANSWERED, Language.UK, answer));
        assertThat(uk.subject()).isEqualTo("Відповідь на ваше звернення № KB-26-004213");
        assertThat(uk.body()).contains("Наша відповідь:\nA new sofa arrives on Friday.",
                "натисніть «Відповідь мене не задовольнила»", "до 5 грудня 2026, 16:02 (Europe/Kyiv)", LINK);

        Letter ru = letters.write(notice(Purpose.COMPLAINT_ANSWERED, Language.RU, answer));
        assertThat(ru.subject()).isEqualTo("Ответ на ваше обращение № KB-26-004213");
        assertThat(ru.body()).contains("Наш ответ:\nA new sofa arrives on Friday.",
                "нажмите «Ответ меня не устроил»", "до 5 декабря 2026, 16:02 (Europe/Kyiv)", LINK);

        Letter en = letters.write(notice(Purpose.COMPLAINT_ANSWERED, Language.EN, answer));
        assertThat(en.subject()).isEqualTo("Our answer to your message No. KB-26-004213");
        assertThat(en.body()).contains("Our answer:\nA new sofa arrives on Friday.",
                "press \"The answer did not satisfy me\"", "until 5 December 2026, 16:02 (Europe/Kyiv)", LINK);
    }

    @Test
    void aFinalAnswerSaysItComesFromTheHeadOfTheCompany() {
        assertThat(letters.write(notice(Purpose.COMPLAINT_ANSWERED, Language.RU, decision(true))).body())
                .contains("Это окончательный ответ, его дал руководитель компании.").doesNotContain("не устроил");
        assertThat(letters.write(notice(Purpose.COMPLAINT_ANSWERED, Language.UK, decision(true))).body())
                .contains("Це остаточна відповідь, її дав керівник компанії.").doesNotContain("не задовольнила");
        assertThat(letters.write(notice(Purpose.COMPLAINT_REJECTED, Language.EN, decision(true))).body())
                .contains("This is the final decision, taken by the head of the company.").doesNotContain("did not satisfy");
    }

    @Test
    void aSuggestionsOutcomeIsToldInWordsAndOnlyForASuggestion() {
        Map<Fact, Object> implemented = decision(false);
        implemented.put(Fact.OUTCOME, SuggestionOutcome.IMPLEMENTED);

        assertThat(letters.write(notice(Purpose.COMPLAINT_ANSWERED, Language.EN, implemented)).body())
                .contains("Your suggestion: already put into practice.");
        assertThat(letters.write(notice(Purpose.COMPLAINT_ANSWERED, Language.RU, implemented)).body())
                .contains("Ваше предложение: уже воплощено в жизнь.");
        assertThat(letters.write(notice(Purpose.COMPLAINT_ANSWERED, Language.UK, implemented)).body())
                .contains("Ваша пропозиція: вже втілено в життя.");
        assertThat(letters.write(notice(Purpose.COMPLAINT_ANSWERED, Language.UK, decision(false))).body())
                .doesNotContain("Ваша пропозиція");
    }

    @Test
    void aRejectionGivesItsReasonInWordsAndTheCommentWhenThereIsOne() {
        Map<Fact, Object> rejection = decision(false);
        rejection.put(Fact.REJECTION_REASON, RejectionReason.NOT_OURS);
        rejection.put(Fact.COMMENT, "Please write to the courier company.");

        Letter ru = letters.write(notice(Purpose.COMPLAINT_REJECTED, Language.RU, rejection));
        assertThat(ru.subject()).isEqualTo("Решение по вашему обращению № KB-26-004213");
        assertThat(ru.body()).contains("вынуждены его отклонить", "Причина: вопрос вне компетенции нашей компании",
                "Комментарий: Please write to the courier company.");
        assertThat(letters.write(notice(Purpose.COMPLAINT_REJECTED, Language.UK, rejection)).body())
                .contains("Причина: питання поза компетенцією нашої компанії", "Коментар: Please write to the courier company.");
        assertThat(letters.write(notice(Purpose.COMPLAINT_REJECTED, Language.EN, decision(false))).body())
                .contains("Reason: a repeat of a message we have already received\n\nIf you agree")
                .doesNotContain("Comment:");
    }

    @Test
    void theEscalationLetterSaysWhoseDeadlineWasMissed() {
        Map<Fact, Object> missed = escalation(true, null);

        Letter en = letters.write(notice(Purpose.COMPLAINT_ESCALATED, Language.EN, missed));
        assertThat(en.subject()).isEqualTo("Escalated to you: complaint KB-26-004213, due 25 November 2026, 11:15 (Europe/Kyiv)");
        assertThat(en.body()).contains("Hello Oksana Tkachenko,", "to level 1",
                "Why: the review deadline of employee e-delivery-lead passed without an answer.",
                "Review deadline: 25 November 2026, 11:15 (Europe/Kyiv)", "The customer wrote:\nThe sofa came late.")
                .doesNotContain("not satisfied", "comment");
        assertThat(letters.write(notice(Purpose.COMPLAINT_ESCALATED, Language.RU, missed)).body())
                .contains("Почему: срок рассмотрения истёк, а сотрудник e-delivery-lead так и не ответил.");
        assertThat(letters.write(notice(Purpose.COMPLAINT_ESCALATED, Language.UK, missed)).body())
                .contains("Чому: строк розгляду минув, а працівник e-delivery-lead так і не відповів.");
    }

    @Test
    void theEscalationLetterForAnUnsatisfiedCustomerShowsTheirComment() {
        Map<Fact, Object> appeal = escalation(false, "Nobody called me back.");

        assertThat(letters.write(notice(Purpose.COMPLAINT_ESCALATED, Language.EN, appeal)).body())
                .contains("Why: the customer was not satisfied with the answer from employee e-delivery-lead",
                        "The customer's comment:\nNobody called me back.")
                .doesNotContain("passed without an answer");
        assertThat(letters.write(notice(Purpose.COMPLAINT_ESCALATED, Language.RU, appeal)).body())
                .contains("Почему: клиента не устроил ответ сотрудника e-delivery-lead",
                        "Комментарий клиента:\nNobody called me back.");
        assertThat(letters.write(notice(Purpose.COMPLAINT_ESCALATED, Language.UK, appeal)).subject())
                .isEqualTo("Вам передано звернення № KB-26-004213, строк до 25 листопада 2026, 11:15 (Europe/Kyiv)");
        assertThat(letters.write(notice(Purpose.COMPLAINT_ESCALATED, Language.UK, appeal)).body())
                .contains("Чому: клієнта не задовольнила відповідь працівника e-delivery-lead",
                        "Коментар клієнта:\nNobody called me back.");
        assertThat(letters.write(notice(Purpose.COMPLAINT_ESCALATED, Language.UK, escalation(false, null))).body())
                .doesNotContain("Коментар клієнта");
    }

    @Test
    void theUkrainianAcknowledgementReadsAsUkrainian() {
        Letter letter = letters.write(notice(Purpose.COMPLAINT_RECEIVED, Language.UK, allFacts()));

        assertThat(letter.subject()).isEqualTo("Ваше звернення № KB-26-004213 отримано");
        assertThat(letter.body()).contains("Вид: скарга", "Магазин: kyiv-001", "Категорія: delivery",
                "обов'язково", LINK);
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
                .isEqualTo("Complaint KB-26-004213 is assigned to you, due 25 November 2026, 11:15 (Europe/Kyiv)");
        assertThat(letters.write(notice(Purpose.COMPLAINT_ASSIGNED, Language.UK, allFacts())).body())
                .contains("Строк розгляду: до 25 листопада 2026, 11:15 (Europe/Kyiv)");
        assertThat(letters.write(notice(Purpose.COMPLAINT_ASSIGNED, Language.RU, allFacts())).body())
                .contains("Срок рассмотрения: до 25 ноября 2026, 11:15 (Europe/Kyiv)");
    }

    @Test
    void aFactThatIsNotKnownSaysSoInsteadOfLeavingAGap() {
        Map<Fact, Object> fromTheEventAlone = new EnumMap<>(Fact.class);
        fromTheEventAlone.put(Fact.COMPLAINT_ID, COMPLAINT_ID);
        fromTheEventAlone.put(Fact.REFERENCE, COMPLAINT_ID);
        fromTheEventAlone.put(Fact.LEVEL, 0);
        fromTheEventAlone.put(Fact.DEADLINE, DEADLINE);
        fromTheEventAlone.put(Fact.ASSIGNEE_NAME, "Ivan");

        assertThat(letters.write(notice(Purpose.COMPLAINT_ASSIGNED, Language.EN, fromTheEventAlone)).body())
                .contains("Complaint: " + COMPLAINT_ID, "Category: not available");
        assertThat(letters.write(notice(Purpose.COMPLAINT_ASSIGNED, Language.UK, fromTheEventAlone)).body())
                .contains("Категорія: немає даних");
    }

    @Test
    void whatTheCustomerWroteIsShownAsWrittenEvenWhenItLooksLikeAPlaceholder() {
        Map<Fact, Object> facts = allFacts();
        facts.put(Fact.TEXT, "Price said {statusLink} and $5 \\ not $50");
        facts.put(Fact.REFERENCE, "KB-26-004213\r\nBcc: someone@example.com");

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
        assertThat(received.subject()).isEqualTo("Received " + COMPLAINT_ID);
        assertThat(received.body()).isEqualTo("We received your complaint " + COMPLAINT_ID + ".\n");
        assertThat(assigned.subject()).isEqualTo("Assigned " + COMPLAINT_ID);
    }

    @Test
    void aTemplateNamingAnUnknownFactStopsTheServiceFromStarting() {
        assertThatIllegalStateException().isThrownBy(() -> new ResourceLetterTemplates("letters-with-typo", KYIV))
                .withMessageContaining("{complaintNumber}");
    }

    @Test
    void aSectionThatIsNeverClosedStopsTheServiceFromStarting() {
        assertThatIllegalStateException().isThrownBy(() -> new ResourceLetterTemplates("letters-with-unclosed-section", KYIV))
                .withMessageContaining("complaint-received/en").withMessageContaining("{#statusLink} is never closed");
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
        facts.put(Fact.COMPLAINT_ID, COMPLAINT_ID);
        facts.put(Fact.REFERENCE, REFERENCE);
        facts.put(Fact.KIND, ComplaintKind.COMPLAINT);
        facts.put(Fact.STORE_ID, "kyiv-001");
        facts.put(Fact.CATEGORY, "delivery");
        facts.put(Fact.TEXT, "The sofa came late.");
        facts.put(Fact.STATUS_LINK, LINK);
        facts.put(Fact.LEVEL, 0);
        facts.put(Fact.DEADLINE, DEADLINE);
        facts.put(Fact.ASSIGNEE_NAME, "Ivan Petrenko");
        facts.put(Fact.ANSWER, "A new sofa arrives on Friday.");
        facts.put(Fact.OUTCOME, SuggestionOutcome.ACCEPTED);
        facts.put(Fact.REJECTION_REASON, RejectionReason.DUPLICATE);
        facts.put(Fact.COMMENT, "Answered under your earlier complaint.");
        facts.put(Fact.FINAL_ANSWER, false);
        facts.put(Fact.APPEAL_DEADLINE, APPEAL_DEADLINE);
        facts.put(Fact.DEADLINE_MISSED, false);
        facts.put(Fact.CUSTOMER_NOT_SATISFIED, true);
        facts.put(Fact.PREVIOUS_ASSIGNEE, "e-delivery-lead");
        facts.put(Fact.CUSTOMER_COMMENT, "Nobody called me back.");
        return facts;
    }

    /** An answer or rejection as the planner describes it: final, or with an appeal deadline and a link. */
    private static Map<Fact, Object> decision(boolean finalAnswer) {
        Map<Fact, Object> facts = new EnumMap<>(Fact.class);
        facts.put(Fact.COMPLAINT_ID, COMPLAINT_ID);
        facts.put(Fact.REFERENCE, REFERENCE);
        facts.put(Fact.KIND, ComplaintKind.COMPLAINT);
        facts.put(Fact.STORE_ID, "kyiv-001");
        facts.put(Fact.CATEGORY, "delivery");
        facts.put(Fact.TEXT, "The sofa came late.");
        facts.put(Fact.ANSWER, "A new sofa arrives on Friday.");
        facts.put(Fact.REJECTION_REASON, RejectionReason.DUPLICATE);
        facts.put(Fact.FINAL_ANSWER, finalAnswer);
        if (!finalAnswer) {
            facts.put(Fact.APPEAL_DEADLINE, APPEAL_DEADLINE);
            facts.put(Fact.STATUS_LINK, LINK);
        }
        return facts;
    }

    private static Map<Fact, Object> escalation(boolean deadlineMissed, String customerComment) {
        Map<Fact, Object> facts = new EnumMap<>(Fact.class);
        facts.put(Fact.COMPLAINT_ID, COMPLAINT_ID);
        facts.put(Fact.REFERENCE, REFERENCE);
        facts.put(Fact.KIND, ComplaintKind.COMPLAINT);
        facts.put(Fact.STORE_ID, "kyiv-001");
        facts.put(Fact.CATEGORY, "delivery");
        facts.put(Fact.TEXT, "The sofa came late.");
        facts.put(Fact.LEVEL, 1);
        facts.put(Fact.DEADLINE, DEADLINE);
        facts.put(Fact.ASSIGNEE_NAME, "Oksana Tkachenko");
        facts.put(Fact.DEADLINE_MISSED, deadlineMissed);
        facts.put(Fact.CUSTOMER_NOT_SATISFIED, !deadlineMissed);
        facts.put(Fact.PREVIOUS_ASSIGNEE, "e-delivery-lead");
        if (customerComment != null) {
            facts.put(Fact.CUSTOMER_COMMENT, customerComment);
        }
        return facts;
    }
}

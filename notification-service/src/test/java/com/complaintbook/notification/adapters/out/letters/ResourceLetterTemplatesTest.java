package com.complaintbook.notification.adapters.out.letters;

import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.contracts.Language;
import com.complaintbook.contracts.LocalizedText;
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
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
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
    private static final Instant MISSED = Instant.parse("2026-11-23T09:15:30Z");
    private static final LocalizedText STORE = new LocalizedText("Киев, Крещатик", "Київ, Хрещатик", "Kyiv, Khreshchatyk");
    private static final LocalizedText ADDRESS = new LocalizedText("ул. Крещатик, 22, Киев", "вул. Хрещатик, 22, Київ",
            "22 Khreshchatyk St, Kyiv");
    private static final LocalizedText CATEGORY = new LocalizedText("Доставка и сборка", "Доставка та збирання",
            "Delivery and assembly");
    /** How each language says the complaint goes to a manager next, which no letter to the top may say. */
    private static final Map<Language, String> GOES_TO_MANAGER = Map.of(
            Language.EN, "your manager",
            Language.RU, "руководителю",
            Language.UK, "керівникові");
    /** How each language says nobody is above. */
    private static final Map<Language, String> NOBODY_ABOVE = Map.of(
            Language.EN, "Nobody is above you",
            Language.RU, "Выше вас передать обращение некому",
            Language.UK, "Вище за вас передати звернення нікому");

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
                "Your review deadline: 25 November 2026, 11:15 (Europe/Kyiv)", "The customer wrote:\nThe sofa came late.")
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
    void theWarningSaysWhichComplaintByWhenAndWhoItGoesTo() {
        Map<Fact, Object> facts = staff(0, "Ivan Petrenko");
        facts.put(Fact.ESCALATES_TO, "Oksana Tkachenko");
        facts.put(Fact.AT_TOP, false);

        Letter en = letters.write(notice(Purpose.DEADLINE_APPROACHING, Language.EN, facts));
        assertThat(en.subject()).isEqualTo("Reminder: complaint KB-26-004213 is due 25 November 2026, 11:15 (Europe/Kyiv)");
        assertThat(en.body()).contains("Hello Ivan Petrenko,", "Complaint: KB-26-004213",
                "Review deadline: 25 November 2026, 11:15 (Europe/Kyiv)",
                "If it is not answered by then, it goes to Oksana Tkachenko.")
                .doesNotContain(NOBODY_ABOVE.get(Language.EN), "\n\n\n");
        assertThat(letters.write(notice(Purpose.DEADLINE_APPROACHING, Language.RU, facts)).body())
                .contains("Срок рассмотрения: до 25 ноября 2026, 11:15 (Europe/Kyiv)",
                        "Если к этому времени ответа не будет, обращение будет передано: Oksana Tkachenko.");
        assertThat(letters.write(notice(Purpose.DEADLINE_APPROACHING, Language.UK, facts)).body())
                .contains("Строк розгляду: до 25 листопада 2026, 11:15 (Europe/Kyiv)",
                        "Якщо до того часу відповіді не буде, звернення буде передано: Oksana Tkachenko.");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void noLetterToTheTopOfTheChainSaysItGoesHigher(Language language) {
        Map<Fact, Object> atTheTop = staff(3, "Taras Bondarenko");
        atTheTop.put(Fact.DEADLINE_MISSED, true);
        atTheTop.put(Fact.CUSTOMER_NOT_SATISFIED, false);
        atTheTop.put(Fact.PREVIOUS_ASSIGNEE, "Maria Kovalenko");
        atTheTop.put(Fact.MISSED_DEADLINE, MISSED);
        atTheTop.put(Fact.AT_TOP, true);

        for (Purpose purpose : List.of(Purpose.DEADLINE_APPROACHING, Purpose.COMPLAINT_ASSIGNED, Purpose.COMPLAINT_ESCALATED,
                Purpose.DEADLINE_MISSED_AT_TOP)) {
            Letter letter = letters.write(notice(purpose, language, atTheTop));
            assertThat(letter.body()).as("%s in %s", purpose, language)
                    .doesNotContain(GOES_TO_MANAGER.get(language), "goes to", "передано:", "{", "\n\n\n")
                    .contains(NOBODY_ABOVE.get(language));
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aLetterWhoseAssignmentDidNotSayWhoIsAboveClaimsNeitherThatItClimbsNorThatNobodyIsAbove(Language language) {
        Map<Fact, Object> managersNotCarried = staff(0, "Ivan Petrenko");
        managersNotCarried.put(Fact.DEADLINE_MISSED, true);
        managersNotCarried.put(Fact.CUSTOMER_NOT_SATISFIED, false);
        managersNotCarried.put(Fact.PREVIOUS_ASSIGNEE, "Maria Kovalenko");

        for (Purpose purpose : List.of(Purpose.COMPLAINT_ASSIGNED, Purpose.COMPLAINT_ESCALATED, Purpose.DEADLINE_APPROACHING)) {
            assertThat(letters.write(notice(purpose, language, managersNotCarried)).body()).as("%s in %s", purpose, language)
                    .doesNotContain(GOES_TO_MANAGER.get(language), "goes to", "передано:", NOBODY_ABOVE.get(language),
                            "{", "\n\n\n");
        }
    }

    @Test
    void aLetterBelowTheTopSaysItGoesToTheNearestManager() {
        Map<Fact, Object> facts = staff(1, "Oksana Tkachenko");
        facts.put(Fact.ESCALATES_TO, "Maria Kovalenko");
        facts.put(Fact.AT_TOP, false);

        assertThat(letters.write(notice(Purpose.COMPLAINT_ESCALATED, Language.EN, facts)).body())
                .contains("escalated again, to your manager, Maria Kovalenko.").doesNotContain(NOBODY_ABOVE.get(Language.EN));
        assertThat(letters.write(notice(Purpose.COMPLAINT_ASSIGNED, Language.RU, facts)).body())
                .contains("будет передано вашему руководителю, Maria Kovalenko.");
        assertThat(letters.write(notice(Purpose.COMPLAINT_ASSIGNED, Language.UK, facts)).body())
                .contains("буде передано вашому керівникові, Maria Kovalenko.");
    }

    @Test
    void theEscalationLetterSaysWhoMissedWhichDeadlineAndByHowLongInEachLanguage() {
        Map<Fact, Object> missed = escalation(true, null);
        missed.put(Fact.PREVIOUS_ASSIGNEE, "Ivan Petrenko");
        missed.put(Fact.MISSED_DEADLINE, MISSED);
        missed.put(Fact.OVERDUE_BY, Duration.ofMinutes(125));

        assertThat(letters.write(notice(Purpose.COMPLAINT_ESCALATED, Language.EN, missed)).body()).contains(
                "Why: the review deadline of employee Ivan Petrenko passed without an answer.\n"
                        + "Missed deadline: 23 November 2026, 11:15 (Europe/Kyiv)\nOverdue by: 2 hours 5 minutes\n",
                "Your review deadline: 25 November 2026, 11:15 (Europe/Kyiv)");
        assertThat(letters.write(notice(Purpose.COMPLAINT_ESCALATED, Language.RU, missed)).body()).contains(
                "сотрудник Ivan Petrenko так и не ответил", "Пропущенный срок: 23 ноября 2026, 11:15 (Europe/Kyiv)",
                "Просрочено на: 2 часа 5 минут", "Ваш срок рассмотрения: до 25 ноября 2026");
        assertThat(letters.write(notice(Purpose.COMPLAINT_ESCALATED, Language.UK, missed)).body()).contains(
                "працівник Ivan Petrenko так і не відповів", "Пропущений строк: 23 листопада 2026, 11:15 (Europe/Kyiv)",
                "Прострочено на: 2 години 5 хвилин", "Ваш строк розгляду: до 25 листопада 2026");
    }

    @Test
    void anEscalationLetterFromBeforeTheMissedDeadlineWasCarriedLeavesItOutWithoutAGap() {
        Letter letter = letters.write(notice(Purpose.COMPLAINT_ESCALATED, Language.EN, escalation(true, null)));

        assertThat(letter.body()).contains("Why: the review deadline of employee e-delivery-lead passed without an answer.\n\n")
                .doesNotContain("Missed deadline", "Overdue by", "not available");
    }

    static Stream<Arguments> lengthsOfTime() {
        return Stream.of(
                Arguments.of(Duration.ofSeconds(40), "less than a minute", "меньше минуты", "менше хвилини"),
                Arguments.of(Duration.ofMinutes(1), "1 minute", "1 минута", "1 хвилина"),
                Arguments.of(Duration.ofMinutes(2), "2 minutes", "2 минуты", "2 хвилини"),
                Arguments.of(Duration.ofMinutes(11), "11 minutes", "11 минут", "11 хвилин"),
                Arguments.of(Duration.ofMinutes(21), "21 minutes", "21 минута", "21 хвилина"),
                Arguments.of(Duration.ofMinutes(24), "24 minutes", "24 минуты", "24 хвилини"),
                Arguments.of(Duration.ofHours(5).plusSeconds(59), "5 hours", "5 часов", "5 годин"),
                Arguments.of(Duration.ofDays(1).plusHours(1).plusMinutes(1), "1 day 1 hour 1 minute", "1 день 1 час 1 минута",
                        "1 день 1 година 1 хвилина"),
                Arguments.of(Duration.ofDays(3).plusMinutes(12), "3 days 12 minutes", "3 дня 12 минут", "3 дні 12 хвилин"));
    }

    @ParameterizedTest
    @MethodSource("lengthsOfTime")
    void howLongIsWrittenAsPeopleSayItInEachLanguage(Duration length, String en, String ru, String uk) {
        Map<Fact, Object> facts = escalation(true, null);
        facts.put(Fact.OVERDUE_BY, length);

        assertThat(letters.write(notice(Purpose.COMPLAINT_ESCALATED, Language.EN, facts)).body()).contains("Overdue by: " + en + "\n");
        assertThat(letters.write(notice(Purpose.COMPLAINT_ESCALATED, Language.RU, facts)).body()).contains("Просрочено на: " + ru + "\n");
        assertThat(letters.write(notice(Purpose.COMPLAINT_ESCALATED, Language.UK, facts)).body()).contains("Прострочено на: " + uk + "\n");
    }

    @Test
    void theCopyTellsTheEmployeeWhoMissedItWhereItWentAndByHowLong() {
        Map<Fact, Object> copy = escalation(true, null);
        copy.put(Fact.PREVIOUS_ASSIGNEE, "Ivan Petrenko");
        copy.put(Fact.MISSED_DEADLINE, MISSED);
        copy.put(Fact.OVERDUE_BY, Duration.ofMinutes(125));

        Letter en = letters.write(notice(Purpose.ESCALATION_COPY, Language.EN, copy));
        assertThat(en.subject()).isEqualTo("Copy: complaint KB-26-004213 was escalated to Oksana Tkachenko");
        assertThat(en.body()).contains("Hello Ivan Petrenko,", "Missed deadline: 23 November 2026, 11:15 (Europe/Kyiv)",
                "Overdue by: 2 hours 5 minutes", "Now with: Oksana Tkachenko",
                "Their review deadline: 25 November 2026, 11:15 (Europe/Kyiv)");
        assertThat(letters.write(notice(Purpose.ESCALATION_COPY, Language.RU, copy)).body())
                .contains("Здравствуйте, Ivan Petrenko!", "Просрочено на: 2 часа 5 минут", "Теперь рассматривает: Oksana Tkachenko");
        assertThat(letters.write(notice(Purpose.ESCALATION_COPY, Language.UK, copy)).body())
                .contains("Добрий день, Ivan Petrenko!", "Прострочено на: 2 години 5 хвилин", "Тепер розглядає: Oksana Tkachenko");
    }

    @Test
    void theCustomerIsToldTheirComplaintIsWithSomeoneMoreSeniorAndByWhenInWordsThatFitWhy() {
        Map<Fact, Object> late = customerMovedUp(true);
        Map<Fact, Object> asked = customerMovedUp(false);

        Letter en = letters.write(notice(Purpose.COMPLAINT_MOVED_UP, Language.EN, late));
        assertThat(en.subject()).isEqualTo("Your message No. KB-26-004213 is now with a more senior colleague");
        assertThat(en.body()).contains("was not answered in time", "They are to answer by 25 November 2026, 11:15 (Europe/Kyiv).",
                LINK).doesNotContain("As you asked", "Ivan", "Oksana");
        assertThat(letters.write(notice(Purpose.COMPLAINT_MOVED_UP, Language.EN, asked)).body())
                .contains("As you asked").doesNotContain("not answered in time");
        assertThat(letters.write(notice(Purpose.COMPLAINT_MOVED_UP, Language.RU, late)).body())
                .contains("не ответили вовремя", "Ответ должен быть дан до 25 ноября 2026, 11:15 (Europe/Kyiv).");
        assertThat(letters.write(notice(Purpose.COMPLAINT_MOVED_UP, Language.UK, asked)).body())
                .contains("Як ви і просили", "Відповідь має бути надана до 25 листопада 2026, 11:15 (Europe/Kyiv).");
    }

    @Test
    void theCustomerIsToldTheComplaintClosedAndTheAnswerStands() {
        Map<Fact, Object> closed = customerMovedUp(false);
        closed.remove(Fact.STATUS_LINK);

        assertThat(letters.write(notice(Purpose.COMPLAINT_CLOSED, Language.EN, closed)).body())
                .contains("is now closed and the answer you received stands").doesNotContain("http");
        assertThat(letters.write(notice(Purpose.COMPLAINT_CLOSED, Language.RU, closed)).body())
                .contains("обращение закрыто, а полученный вами ответ остаётся в силе");
        assertThat(letters.write(notice(Purpose.COMPLAINT_CLOSED, Language.UK, closed)).subject())
                .isEqualTo("Ваше звернення № KB-26-004213 закрито");
    }

    @Test
    void theTopOfTheChainIsRemindedTheDeadlinePassedAndItIsStillTheirs() {
        Map<Fact, Object> overdue = staff(3, "Taras Bondarenko");
        overdue.put(Fact.MISSED_DEADLINE, DEADLINE);

        Letter en = letters.write(notice(Purpose.DEADLINE_MISSED_AT_TOP, Language.EN, overdue));
        assertThat(en.subject()).isEqualTo("Overdue: complaint KB-26-004213 was due 25 November 2026, 11:15 (Europe/Kyiv)");
        assertThat(en.body()).contains("Hello Taras Bondarenko,", "stays with you, overdue",
                "Missed deadline: 25 November 2026, 11:15 (Europe/Kyiv)");
        assertThat(letters.write(notice(Purpose.DEADLINE_MISSED_AT_TOP, Language.UK, overdue)).body())
                .contains("Пропущений строк: 25 листопада 2026, 11:15 (Europe/Kyiv)");
    }

    @Test
    void theUkrainianAcknowledgementReadsAsUkrainian() {
        Letter letter = letters.write(notice(Purpose.COMPLAINT_RECEIVED, Language.UK, allFacts()));

        assertThat(letter.subject()).isEqualTo("Ваше звернення № KB-26-004213 отримано");
        assertThat(letter.body()).contains("Вид: скарга", "Магазин: Київ, Хрещатик\nАдреса магазину: вул. Хрещатик, 22, Київ\n",
                "Категорія: Доставка та збирання", "обов'язково", LINK);
    }

    static Stream<Arguments> everyLetterThatNamesTheStore() {
        return Stream.of(Purpose.COMPLAINT_RECEIVED, Purpose.COMPLAINT_ASSIGNED, Purpose.COMPLAINT_ESCALATED,
                        Purpose.ESCALATION_COPY, Purpose.DEADLINE_APPROACHING, Purpose.DEADLINE_MISSED_AT_TOP)
                .flatMap(purpose -> Stream.of(
                        Arguments.of(purpose, Language.EN, "Store: Kyiv, Khreshchatyk\nStore address: 22 Khreshchatyk St, Kyiv\n",
                                "Category: Delivery and assembly\n"),
                        Arguments.of(purpose, Language.RU, "Магазин: Киев, Крещатик\nАдрес магазина: ул. Крещатик, 22, Киев\n",
                                "Категория: Доставка и сборка\n"),
                        Arguments.of(purpose, Language.UK, "Магазин: Київ, Хрещатик\nАдреса магазину: вул. Хрещатик, 22, Київ\n",
                                "Категорія: Доставка та збирання\n")));
    }

    @ParameterizedTest
    @MethodSource("everyLetterThatNamesTheStore")
    void theStoreItsAddressAndTheCategoryAreNamedInTheLettersLanguage(Purpose purpose, Language language, String store,
                                                                      String category) {
        String body = letters.write(notice(purpose, language, allFacts())).body();

        assertThat(body).contains(store, category).doesNotContain(": kyiv-001", ": delivery");
    }

    @ParameterizedTest
    @MethodSource("everyLetterThatNamesTheStore")
    void aComplaintSubmittedBeforeNamesWereCarriedIsNamedByItsIdsWithoutAnAddressLine(Purpose purpose, Language language) {
        Map<Fact, Object> facts = allFacts();
        facts.put(Fact.STORE, new LocalizedText("kyiv-001", "kyiv-001", "kyiv-001"));
        facts.put(Fact.CATEGORY_NAME, new LocalizedText("delivery", "delivery", "delivery"));
        facts.remove(Fact.STORE_ADDRESS);

        String body = letters.write(notice(purpose, language, facts)).body();

        String storeWord = language == Language.EN ? "Store: " : "Магазин: ";
        assertThat(body).contains(storeWord + "kyiv-001\n", ": delivery\n")
                .doesNotContain("Address", "address", "Адрес", "\n\n\n");
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
        facts.put(Fact.STORE, STORE);
        facts.put(Fact.STORE_ADDRESS, ADDRESS);
        facts.put(Fact.CATEGORY_NAME, CATEGORY);
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
        facts.put(Fact.MISSED_DEADLINE, MISSED);
        facts.put(Fact.OVERDUE_BY, Duration.ofMinutes(125));
        facts.put(Fact.ESCALATES_TO, "Oksana Tkachenko");
        facts.put(Fact.AT_TOP, false);
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
        facts.put(Fact.STORE, STORE);
        facts.put(Fact.STORE_ADDRESS, ADDRESS);
        facts.put(Fact.CATEGORY_NAME, CATEGORY);
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

    private static Map<Fact, Object> staff(int level, String assignee) {
        Map<Fact, Object> facts = new EnumMap<>(Fact.class);
        facts.put(Fact.COMPLAINT_ID, COMPLAINT_ID);
        facts.put(Fact.REFERENCE, REFERENCE);
        facts.put(Fact.KIND, ComplaintKind.COMPLAINT);
        facts.put(Fact.STORE_ID, "kyiv-001");
        facts.put(Fact.CATEGORY, "delivery");
        facts.put(Fact.STORE, STORE);
        facts.put(Fact.STORE_ADDRESS, ADDRESS);
        facts.put(Fact.CATEGORY_NAME, CATEGORY);
        facts.put(Fact.TEXT, "The sofa came late.");
        facts.put(Fact.LEVEL, level);
        facts.put(Fact.DEADLINE, DEADLINE);
        facts.put(Fact.ASSIGNEE_NAME, assignee);
        return facts;
    }

    private static Map<Fact, Object> customerMovedUp(boolean deadlineMissed) {
        Map<Fact, Object> facts = new EnumMap<>(Fact.class);
        facts.put(Fact.COMPLAINT_ID, COMPLAINT_ID);
        facts.put(Fact.REFERENCE, REFERENCE);
        facts.put(Fact.KIND, ComplaintKind.COMPLAINT);
        facts.put(Fact.STORE_ID, "kyiv-001");
        facts.put(Fact.CATEGORY, "delivery");
        facts.put(Fact.STORE, STORE);
        facts.put(Fact.STORE_ADDRESS, ADDRESS);
        facts.put(Fact.CATEGORY_NAME, CATEGORY);
        facts.put(Fact.TEXT, "The sofa came late.");
        facts.put(Fact.LEVEL, 1);
        facts.put(Fact.DEADLINE, DEADLINE);
        facts.put(Fact.DEADLINE_MISSED, deadlineMissed);
        facts.put(Fact.CUSTOMER_NOT_SATISFIED, !deadlineMissed);
        facts.put(Fact.STATUS_LINK, LINK);
        return facts;
    }

    private static Map<Fact, Object> escalation(boolean deadlineMissed, String customerComment) {
        Map<Fact, Object> facts = new EnumMap<>(Fact.class);
        facts.put(Fact.COMPLAINT_ID, COMPLAINT_ID);
        facts.put(Fact.REFERENCE, REFERENCE);
        facts.put(Fact.KIND, ComplaintKind.COMPLAINT);
        facts.put(Fact.STORE_ID, "kyiv-001");
        facts.put(Fact.CATEGORY, "delivery");
        facts.put(Fact.STORE, STORE);
        facts.put(Fact.STORE_ADDRESS, ADDRESS);
        facts.put(Fact.CATEGORY_NAME, CATEGORY);
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

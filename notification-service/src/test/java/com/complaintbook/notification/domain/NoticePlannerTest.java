package com.complaintbook.notification.domain;

import com.complaintbook.contracts.Channel;
import com.complaintbook.contracts.ClosureReason;
import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.contracts.CustomerContact;
import com.complaintbook.contracts.EscalationReason;
import com.complaintbook.contracts.Language;
import com.complaintbook.contracts.LocalizedText;
import com.complaintbook.contracts.RejectionReason;
import com.complaintbook.contracts.StaffMember;
import com.complaintbook.contracts.SuggestionOutcome;
import com.complaintbook.contracts.events.ComplaintAnswered;
import com.complaintbook.contracts.events.ComplaintAssigned;
import com.complaintbook.contracts.events.ComplaintClosed;
import com.complaintbook.contracts.events.ComplaintDeadlineApproaching;
import com.complaintbook.contracts.events.ComplaintDeadlineMissedAtTop;
import com.complaintbook.contracts.events.ComplaintEscalated;
import com.complaintbook.contracts.events.ComplaintEventType;
import com.complaintbook.contracts.events.ComplaintRejected;
import com.complaintbook.contracts.events.ComplaintSubmitted;
import com.complaintbook.contracts.events.EventEnvelope;
import com.complaintbook.contracts.samples.SampleEvent;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

class NoticePlannerTest {

    private static final Instant T0 = Instant.parse("2026-11-20T09:15:30Z");
    private static final Instant DEADLINE = Instant.parse("2026-11-25T09:15:30Z");
    private static final Instant ANSWERED_AT = Instant.parse("2026-11-21T14:02:00Z");
    private static final Instant APPEAL_DEADLINE = Instant.parse("2026-12-05T14:02:00Z");
    private static final CustomerLinks LINKS = new CustomerLinks("a-test-secret-of-at-least-32-characters",
            Duration.ofDays(120), "https://complaints.retail.example/c/{token}");
    private static final ComplaintSubmitted FROM_OLENA =
            submitted(new CustomerContact("Olena", "olena@example.com", null), Language.UK);

    private static final StaffMember IVAN = new StaffMember("e-delivery-lead", "Ivan Petrenko", "ivan@retail.example");
    private static final StaffMember OKSANA = new StaffMember("m-logistics", "Oksana Tkachenko", "oksana@retail.example");
    private static final StaffMember MARIA = new StaffMember("d-operations", "Maria Kovalenko", "maria@retail.example");
    private static final StaffMember TARAS = new StaffMember("ceo", "Taras Bondarenko", "taras@retail.example");
    private static final Instant MISSED = Instant.parse("2026-11-23T09:15:30Z");
    private static final Instant ESCALATED_AT = MISSED.plus(Duration.ofHours(2)).plus(Duration.ofMinutes(5));

    private static final LocalizedText STORE = new LocalizedText("Киев, Крещатик", "Київ, Хрещатик", "Kyiv, Khreshchatyk");
    private static final LocalizedText ADDRESS = new LocalizedText("ул. Крещатик, 22, Киев", "вул. Хрещатик, 22, Київ",
            "22 Khreshchatyk St, Kyiv");
    private static final LocalizedText CATEGORY = new LocalizedText("Доставка и сборка", "Доставка та збирання",
            "Delivery and assembly");

    private final NoticePlanner planner = new NoticePlanner(LINKS, Language.EN);

    @Test
    void givenASubmissionThatCarriedNames_thenEveryLetterAboutItNamesTheStoreItsAddressAndTheCategory() {
        ComplaintSubmitted named = withNames(FROM_OLENA);

        assertThat(planner.noticesFor(event(named, T0), remembered(named), Optional.empty()))
                .singleElement().satisfies(notice -> assertThat(notice.facts()).contains(
                        entry(Fact.STORE, STORE), entry(Fact.STORE_ADDRESS, ADDRESS), entry(Fact.CATEGORY_NAME, CATEGORY)));
        assertThat(planner.noticesFor(event(assigned(0, "ivan@retail.example"), T0), remembered(named), Optional.empty()))
                .singleElement().satisfies(notice -> assertThat(notice.facts()).contains(
                        entry(Fact.STORE, STORE), entry(Fact.STORE_ADDRESS, ADDRESS), entry(Fact.CATEGORY_NAME, CATEGORY)));
    }

    @Test
    void givenASubmissionRecordedBeforeNamesWereCarried_thenLettersNameTheStoreAndCategoryByTheirIds() {
        assertThat(planner.noticesFor(event(assigned(0, "ivan@retail.example"), T0), remembered(FROM_OLENA), Optional.empty()))
                .singleElement().satisfies(notice -> assertThat(notice.facts())
                        .contains(entry(Fact.STORE, new LocalizedText("kyiv-001", "kyiv-001", "kyiv-001")),
                                entry(Fact.CATEGORY_NAME, new LocalizedText("delivery", "delivery", "delivery")))
                        .doesNotContainKey(Fact.STORE_ADDRESS));
    }

    @Test
    void givenStaffWhoPreferDifferentLanguages_thenEachIsWrittenToInTheirOwnAndTheCustomerInTheirs() {
        StaffMember ivanInRussian = new StaffMember(IVAN.id(), IVAN.name(), IVAN.email(), Language.RU);
        StaffMember oksanaInUkrainian = new StaffMember(OKSANA.id(), OKSANA.name(), OKSANA.email(), Language.UK);
        RememberedEscalation fromIvan = new RememberedEscalation("c 1", 1, EscalationReason.DEADLINE_MISSED,
                IVAN.id(), null, ivanInRussian, MISSED, ESCALATED_AT);
        ComplaintAssigned toOksana = new ComplaintAssigned("c 1", oksanaInUkrainian, 1, DEADLINE, List.of(MARIA, TARAS),
                ESCALATED_AT);
        ComplaintSubmitted fromAnEnglishCustomer = submitted(new CustomerContact("Olena", "olena@example.com", null),
                Language.EN);

        List<Notice> notices = planner.noticesFor(event(toOksana, ESCALATED_AT), remembered(fromAnEnglishCustomer),
                Optional.of(fromIvan));

        assertThat(notices).extracting(Notice::purpose, Notice::language).containsExactly(
                tuple(Purpose.COMPLAINT_ESCALATED, Language.UK),
                tuple(Purpose.ESCALATION_COPY, Language.RU),
                tuple(Purpose.COMPLAINT_MOVED_UP, Language.EN));
    }

    @Test
    void givenAWarningToAnAssigneeWhoPrefersRussian_thenItIsInRussianAndOneWithoutAPreferenceInTheStaffLanguage() {
        NoticePlanner ukrainianByDefault = new NoticePlanner(LINKS, Language.UK);
        StaffMember ivanInRussian = new StaffMember(IVAN.id(), IVAN.name(), IVAN.email(), Language.RU);

        assertThat(ukrainianByDefault.noticesFor(event(new ComplaintDeadlineApproaching("c 1", 0, ivanInRussian, DEADLINE,
                        OKSANA, T0), T0), remembered(FROM_OLENA), Optional.empty()))
                .singleElement().extracting(Notice::language).isEqualTo(Language.RU);
        assertThat(ukrainianByDefault.noticesFor(event(new ComplaintDeadlineApproaching("c 1", 0, IVAN, DEADLINE,
                        OKSANA, T0), T0), remembered(FROM_OLENA), Optional.empty()))
                .singleElement().extracting(Notice::language).isEqualTo(Language.UK);
    }

    @Test
    void givenASubmissionWithAnEmail_thenTheCustomerIsToldInTheirLanguageWithASignedLink() {
        List<Notice> notices = planner.noticesFor(event(FROM_OLENA, T0), remembered(FROM_OLENA), Optional.empty());

        assertThat(notices).singleElement().satisfies(notice -> {
            assertThat(notice.purpose()).isEqualTo(Purpose.COMPLAINT_RECEIVED);
            assertThat(notice.recipient()).isEqualTo(new Recipient("Olena", "olena@example.com"));
            assertThat(notice.language()).isEqualTo(Language.UK);
            assertThat(notice.facts()).contains(
                    entry(Fact.COMPLAINT_ID, "c 1"),
                    entry(Fact.REFERENCE, "KB-26-000001"),
                    entry(Fact.KIND, ComplaintKind.COMPLAINT),
                    entry(Fact.STORE_ID, "kyiv-001"),
                    entry(Fact.CATEGORY, "delivery"),
                    entry(Fact.TEXT, "The sofa came late."),
                    entry(Fact.STATUS_LINK, LINKS.linkFor("c 1", T0)));
        });
    }

    @Test
    void givenASubmissionWithoutAnEmail_thenNobodyIsTold() {
        ComplaintSubmitted anonymous = submitted(null, Language.RU);
        ComplaintSubmitted phoneOnly = submitted(new CustomerContact("Ivan", " ", "+380441234567"), Language.RU);

        assertThat(planner.noticesFor(event(anonymous, T0), remembered(anonymous), Optional.empty())).isEmpty();
        assertThat(planner.noticesFor(event(phoneOnly, T0), remembered(phoneOnly), Optional.empty())).isEmpty();
    }

    @Test
    void givenAnAssignment_thenTheAssigneeIsToldInTheStaffLanguageWithWhatTheCustomerWrote() {
        ComplaintSubmitted submitted = submitted(null, Language.UK);

        List<Notice> notices = planner.noticesFor(event(assigned(0, "ivan@retail.example"), T0), remembered(submitted),
                Optional.empty());

        assertThat(notices).singleElement().satisfies(notice -> {
            assertThat(notice.purpose()).isEqualTo(Purpose.COMPLAINT_ASSIGNED);
            assertThat(notice.recipient()).isEqualTo(new Recipient("Ivan Petrenko", "ivan@retail.example"));
            assertThat(notice.language()).isEqualTo(Language.EN);
            assertThat(notice.facts()).contains(
                    entry(Fact.COMPLAINT_ID, "c 1"),
                    entry(Fact.REFERENCE, "KB-26-000001"),
                    entry(Fact.LEVEL, 0),
                    entry(Fact.DEADLINE, DEADLINE),
                    entry(Fact.ASSIGNEE_NAME, "Ivan Petrenko"),
                    entry(Fact.TEXT, "The sofa came late."));
        });
    }

    @Test
    void givenAnAssignmentWhoseSubmissionWasNeverSeen_thenTheAssigneeIsStillToldWhatTheEventSays() {
        List<Notice> notices = planner.noticesFor(event(assigned(0, "ivan@retail.example"), T0), Optional.empty(),
                Optional.empty());

        assertThat(notices).singleElement().satisfies(notice -> assertThat(notice.facts())
                .containsOnlyKeys(Fact.COMPLAINT_ID, Fact.REFERENCE, Fact.LEVEL, Fact.DEADLINE, Fact.ASSIGNEE_NAME,
                        Fact.AT_TOP)
                .contains(entry(Fact.REFERENCE, "c 1"), entry(Fact.AT_TOP, true)));
    }

    @Test
    void givenAComplaintSubmittedBeforeReferencesExisted_thenEveryLetterNamesItByItsId() {
        ComplaintSubmitted old = withReference(FROM_OLENA, null);
        ComplaintSubmitted blank = withReference(FROM_OLENA, " ");

        assertThat(planner.noticesFor(event(old, T0), remembered(old), Optional.empty()))
                .singleElement().satisfies(notice -> assertThat(notice.facts()).contains(entry(Fact.REFERENCE, "c 1")));
        assertThat(planner.noticesFor(event(answered(null, false, APPEAL_DEADLINE), ANSWERED_AT), remembered(blank),
                Optional.empty())).singleElement()
                .satisfies(notice -> assertThat(notice.facts()).contains(entry(Fact.REFERENCE, "c 1")));
        assertThat(planner.noticesFor(event(toManager(), T0), remembered(old),
                Optional.of(escalation(EscalationReason.DEADLINE_MISSED, null)))).hasSize(3)
                .allSatisfy(notice -> assertThat(notice.facts()).contains(entry(Fact.REFERENCE, "c 1")));
    }

    @Test
    void givenAReference_thenEveryLaterLetterNamesTheComplaintByIt() {
        Optional<RememberedComplaint> complaint = remembered(FROM_OLENA);

        assertThat(List.of(
                event(answered(null, false, APPEAL_DEADLINE), ANSWERED_AT),
                event(rejected(null, true, null), ANSWERED_AT),
                event(assigned(0, "ivan@retail.example"), T0),
                event(toManager(), T0)))
                .allSatisfy(later -> assertThat(planner.noticesFor(later, complaint,
                        Optional.of(escalation(EscalationReason.DEADLINE_MISSED, null))))
                        .isNotEmpty().allSatisfy(notice -> assertThat(notice.facts())
                                .contains(entry(Fact.REFERENCE, "KB-26-000001"))));
    }

    @Test
    void givenAnAssigneeWithoutAnEmail_thenNobodyIsTold() {
        assertThat(planner.noticesFor(event(assigned(0, null), T0), Optional.empty(), Optional.empty())).isEmpty();
    }

    @Test
    void givenAnAnswerThatCanBeAppealed_thenTheCustomerGetsItWithTheAppealDeadlineAndASignedLink() {
        ComplaintAnswered answered = answered(null, false, APPEAL_DEADLINE);

        List<Notice> notices = planner.noticesFor(event(answered, ANSWERED_AT), remembered(FROM_OLENA), Optional.empty());

        assertThat(notices).singleElement().satisfies(notice -> {
            assertThat(notice.purpose()).isEqualTo(Purpose.COMPLAINT_ANSWERED);
            assertThat(notice.recipient()).isEqualTo(new Recipient("Olena", "olena@example.com"));
            assertThat(notice.language()).isEqualTo(Language.UK);
            assertThat(notice.facts()).contains(
                    entry(Fact.COMPLAINT_ID, "c 1"),
                    entry(Fact.REFERENCE, "KB-26-000001"),
                    entry(Fact.TEXT, "The sofa came late."),
                    entry(Fact.ANSWER, "A new sofa arrives on Friday."),
                    entry(Fact.FINAL_ANSWER, false),
                    entry(Fact.APPEAL_DEADLINE, APPEAL_DEADLINE),
                    entry(Fact.STATUS_LINK, LINKS.linkFor("c 1", ANSWERED_AT)));
            assertThat(notice.facts()).doesNotContainKey(Fact.OUTCOME);
        });
    }

    @Test
    void givenTheSameAnswerRedelivered_thenTheNoticeIsIdentical() {
        EventEnvelope<?> answer = event(answered(null, false, APPEAL_DEADLINE), ANSWERED_AT);

        assertThat(planner.noticesFor(answer, remembered(FROM_OLENA), Optional.empty()))
                .isEqualTo(planner.noticesFor(answer, remembered(FROM_OLENA), Optional.empty()));
    }

    @Test
    void givenAnAnswerToASuggestion_thenItsOutcomeIsTold() {
        ComplaintAnswered answered = answered(SuggestionOutcome.IMPLEMENTED, false, APPEAL_DEADLINE);

        assertThat(planner.noticesFor(event(answered, ANSWERED_AT), remembered(FROM_OLENA), Optional.empty()))
                .singleElement().satisfies(notice -> assertThat(notice.facts())
                        .contains(entry(Fact.OUTCOME, SuggestionOutcome.IMPLEMENTED)));
    }

    @Test
    void givenAFinalAnswer_thenTheCustomerIsToldItIsFinalAndGetsNoLinkToAppeal() {
        ComplaintAnswered answered = answered(null, true, null);

        assertThat(planner.noticesFor(event(answered, ANSWERED_AT), remembered(FROM_OLENA), Optional.empty()))
                .singleElement().satisfies(notice -> {
                    assertThat(notice.purpose()).isEqualTo(Purpose.COMPLAINT_ANSWERED);
                    assertThat(notice.facts()).contains(entry(Fact.FINAL_ANSWER, true))
                            .doesNotContainKeys(Fact.STATUS_LINK, Fact.APPEAL_DEADLINE);
                });
    }

    @Test
    void givenARejectionThatCanBeAppealed_thenTheCustomerGetsTheReasonTheCommentAndASignedLink() {
        ComplaintRejected rejected = rejected("Answered under your earlier complaint.", false, APPEAL_DEADLINE);

        assertThat(planner.noticesFor(event(rejected, ANSWERED_AT), remembered(FROM_OLENA), Optional.empty()))
                .singleElement().satisfies(notice -> {
                    assertThat(notice.purpose()).isEqualTo(Purpose.COMPLAINT_REJECTED);
                    assertThat(notice.language()).isEqualTo(Language.UK);
                    assertThat(notice.facts()).contains(
                            entry(Fact.REFERENCE, "KB-26-000001"),
                            entry(Fact.REJECTION_REASON, RejectionReason.DUPLICATE),
                            entry(Fact.COMMENT, "Answered under your earlier complaint."),
                            entry(Fact.FINAL_ANSWER, false),
                            entry(Fact.APPEAL_DEADLINE, APPEAL_DEADLINE),
                            entry(Fact.STATUS_LINK, LINKS.linkFor("c 1", ANSWERED_AT)));
                });
    }

    @Test
    void givenAFinalRejectionWithoutAComment_thenTheCustomerIsToldItIsFinalAndNothingMore() {
        ComplaintRejected rejected = rejected(" ", true, null);

        assertThat(planner.noticesFor(event(rejected, ANSWERED_AT), remembered(FROM_OLENA), Optional.empty()))
                .singleElement().satisfies(notice -> assertThat(notice.facts())
                        .contains(entry(Fact.FINAL_ANSWER, true))
                        .doesNotContainKeys(Fact.COMMENT, Fact.STATUS_LINK, Fact.APPEAL_DEADLINE));
    }

    @Test
    void givenADecisionForACustomerWhoLeftNoEmailOrWasNeverSeen_thenNobodyIsTold() {
        ComplaintSubmitted anonymous = submitted(null, Language.RU);
        EventEnvelope<?> answer = event(answered(null, false, APPEAL_DEADLINE), ANSWERED_AT);
        EventEnvelope<?> rejection = event(rejected(null, false, APPEAL_DEADLINE), ANSWERED_AT);

        assertThat(planner.noticesFor(answer, remembered(anonymous), Optional.empty())).isEmpty();
        assertThat(planner.noticesFor(rejection, remembered(anonymous), Optional.empty())).isEmpty();
        assertThat(planner.noticesFor(answer, Optional.empty(), Optional.empty())).isEmpty();
    }

    @Test
    void givenAMissedDeadline_thenTheNextAssignmentIsAnEscalationLetterSayingWhoseDeadlineItWas() {
        RememberedEscalation missed = escalation(EscalationReason.DEADLINE_MISSED, null);

        List<Notice> notices = planner.noticesFor(event(toManager(), T0), remembered(FROM_OLENA),
                Optional.of(missed));

        assertThat(notices).first().satisfies(notice -> {
            assertThat(notice.purpose()).isEqualTo(Purpose.COMPLAINT_ESCALATED);
            assertThat(notice.recipient()).isEqualTo(new Recipient("Oksana Tkachenko", "oksana@retail.example"));
            assertThat(notice.language()).isEqualTo(Language.EN);
            assertThat(notice.facts()).contains(
                    entry(Fact.DEADLINE_MISSED, true),
                    entry(Fact.CUSTOMER_NOT_SATISFIED, false),
                    entry(Fact.PREVIOUS_ASSIGNEE, "Ivan Petrenko"),
                    entry(Fact.REFERENCE, "KB-26-000001"),
                    entry(Fact.LEVEL, 1),
                    entry(Fact.DEADLINE, DEADLINE),
                    entry(Fact.TEXT, "The sofa came late."))
                    .doesNotContainKey(Fact.CUSTOMER_COMMENT);
        });
    }

    @Test
    void givenAnUnsatisfiedCustomer_thenTheEscalationLetterCarriesTheirComment() {
        RememberedEscalation appeal = escalation(EscalationReason.CUSTOMER_NOT_SATISFIED, "Nobody called me back.");

        assertThat(planner.noticesFor(event(toManager(), T0), remembered(FROM_OLENA),
                Optional.of(appeal))).first().satisfies(notice -> {
                    assertThat(notice.purpose()).isEqualTo(Purpose.COMPLAINT_ESCALATED);
                    assertThat(notice.facts()).contains(
                            entry(Fact.DEADLINE_MISSED, false),
                            entry(Fact.CUSTOMER_NOT_SATISFIED, true),
                            entry(Fact.CUSTOMER_COMMENT, "Nobody called me back."));
                });
    }

    @Test
    void givenAnAssignmentAboveTheFirstLevelWhoseEscalationWasNotSeen_thenItIsAPlainAssignmentNotice() {
        RememberedEscalation toAnotherLevel = new RememberedEscalation("c 1", 2, EscalationReason.DEADLINE_MISSED,
                "m-logistics", null, OKSANA, MISSED, ESCALATED_AT);

        assertThat(planner.noticesFor(event(toManager(), T0), remembered(FROM_OLENA),
                Optional.empty())).singleElement().satisfies(notice ->
                        assertThat(notice.purpose()).isEqualTo(Purpose.COMPLAINT_ASSIGNED));
        assertThat(planner.noticesFor(event(toManager(), T0), remembered(FROM_OLENA),
                Optional.of(toAnotherLevel))).singleElement().satisfies(notice ->
                        assertThat(notice.purpose()).isEqualTo(Purpose.COMPLAINT_ASSIGNED));
    }

    @Test
    void givenAnEventThatTellsNobody_thenThereAreNoNotices() {
        ComplaintEscalated escalated = new ComplaintEscalated("c 1", 0, 1, EscalationReason.DEADLINE_MISSED,
                "e-delivery-lead", null, T0, null, T0.minusSeconds(60));

        assertThat(planner.noticesFor(event(escalated, T0), remembered(FROM_OLENA), Optional.empty())).isEmpty();
        assertThat(planner.noticesFor(SampleEvent.of(ComplaintEventType.CLOSED).forComplaint("c 1").typed(),
                remembered(FROM_OLENA), Optional.empty())).isEmpty();
    }

    @Test
    void givenAnApproachingDeadlineBelowTheTop_thenTheAssigneeIsWarnedWhoItGoesTo() {
        ComplaintDeadlineApproaching approaching = new ComplaintDeadlineApproaching("c 1", 0, IVAN, DEADLINE, OKSANA, T0);

        assertThat(planner.noticesFor(event(approaching, T0), remembered(FROM_OLENA), Optional.empty()))
                .singleElement().satisfies(notice -> {
                    assertThat(notice.purpose()).isEqualTo(Purpose.DEADLINE_APPROACHING);
                    assertThat(notice.recipient()).isEqualTo(new Recipient("Ivan Petrenko", "ivan@retail.example"));
                    assertThat(notice.language()).isEqualTo(Language.EN);
                    assertThat(notice.facts()).contains(
                            entry(Fact.REFERENCE, "KB-26-000001"),
                            entry(Fact.LEVEL, 0),
                            entry(Fact.DEADLINE, DEADLINE),
                            entry(Fact.ASSIGNEE_NAME, "Ivan Petrenko"),
                            entry(Fact.ESCALATES_TO, "Oksana Tkachenko"),
                            entry(Fact.AT_TOP, false),
                            entry(Fact.TEXT, "The sofa came late."));
                });
    }

    @Test
    void givenAnApproachingDeadlineOfTheCeo_thenTheWarningSaysNothingGoesHigher() {
        ComplaintDeadlineApproaching approaching = new ComplaintDeadlineApproaching("c 1", 3, TARAS, DEADLINE, null, T0);

        assertThat(planner.noticesFor(event(approaching, T0), Optional.empty(), Optional.empty()))
                .singleElement().satisfies(notice -> {
                    assertThat(notice.purpose()).isEqualTo(Purpose.DEADLINE_APPROACHING);
                    assertThat(notice.recipient().address()).isEqualTo("taras@retail.example");
                    assertThat(notice.facts()).contains(entry(Fact.REFERENCE, "c 1"), entry(Fact.DEADLINE, DEADLINE),
                                    entry(Fact.AT_TOP, true))
                            .doesNotContainKey(Fact.ESCALATES_TO);
                });
    }

    @Test
    void givenAMissedDeadline_thenTheManagerTheEmployeeWhoMissedItAndTheCustomerAreEachToldOnce() {
        List<Notice> notices = planner.noticesFor(event(toManager(), ESCALATED_AT), remembered(FROM_OLENA),
                Optional.of(escalation(EscalationReason.DEADLINE_MISSED, null)));

        assertThat(notices).extracting(Notice::purpose).containsExactly(
                Purpose.COMPLAINT_ESCALATED, Purpose.ESCALATION_COPY, Purpose.COMPLAINT_MOVED_UP);
        assertThat(notices.get(0)).satisfies(letter -> {
            assertThat(letter.recipient()).isEqualTo(new Recipient("Oksana Tkachenko", "oksana@retail.example"));
            assertThat(letter.facts()).contains(
                    entry(Fact.PREVIOUS_ASSIGNEE, "Ivan Petrenko"),
                    entry(Fact.MISSED_DEADLINE, MISSED),
                    entry(Fact.OVERDUE_BY, Duration.ofMinutes(125)),
                    entry(Fact.DEADLINE, DEADLINE),
                    entry(Fact.ESCALATES_TO, "Maria Kovalenko"),
                    entry(Fact.AT_TOP, false));
        });
        assertThat(notices.get(1)).satisfies(copy -> {
            assertThat(copy.recipient()).isEqualTo(new Recipient("Ivan Petrenko", "ivan@retail.example"));
            assertThat(copy.language()).isEqualTo(Language.EN);
            assertThat(copy.facts()).contains(
                    entry(Fact.REFERENCE, "KB-26-000001"),
                    entry(Fact.PREVIOUS_ASSIGNEE, "Ivan Petrenko"),
                    entry(Fact.ASSIGNEE_NAME, "Oksana Tkachenko"),
                    entry(Fact.MISSED_DEADLINE, MISSED),
                    entry(Fact.OVERDUE_BY, Duration.ofMinutes(125)),
                    entry(Fact.DEADLINE, DEADLINE))
                    .doesNotContainKeys(Fact.ESCALATES_TO, Fact.AT_TOP);
        });
        assertThat(notices.get(2)).satisfies(customer -> {
            assertThat(customer.recipient()).isEqualTo(new Recipient("Olena", "olena@example.com"));
            assertThat(customer.language()).isEqualTo(Language.UK);
            assertThat(customer.facts()).contains(
                    entry(Fact.REFERENCE, "KB-26-000001"),
                    entry(Fact.DEADLINE, DEADLINE),
                    entry(Fact.DEADLINE_MISSED, true),
                    entry(Fact.CUSTOMER_NOT_SATISFIED, false),
                    entry(Fact.STATUS_LINK, LINKS.linkFor("c 1", ESCALATED_AT)))
                    .doesNotContainKeys(Fact.PREVIOUS_ASSIGNEE, Fact.ASSIGNEE_NAME, Fact.MISSED_DEADLINE);
        });
    }

    @Test
    void givenAnEscalationToTheCeo_thenTheLetterNamesNobodyItGoesTo() {
        List<Notice> notices = planner.noticesFor(event(toTheCeo(), ESCALATED_AT), remembered(FROM_OLENA),
                Optional.of(new RememberedEscalation("c 1", 3, EscalationReason.DEADLINE_MISSED, "d-operations", null,
                        MARIA, MISSED, ESCALATED_AT)));

        assertThat(notices).extracting(Notice::purpose).containsExactly(
                Purpose.COMPLAINT_ESCALATED, Purpose.ESCALATION_COPY, Purpose.COMPLAINT_MOVED_UP);
        assertThat(notices).allSatisfy(notice -> assertThat(notice.facts()).doesNotContainKey(Fact.ESCALATES_TO));
        assertThat(notices.get(0).facts()).contains(entry(Fact.AT_TOP, true));
        assertThat(notices.get(1).recipient().address()).isEqualTo("maria@retail.example");
    }

    @Test
    void givenAnEscalationRecordedBeforeEventsCarriedWhoMissedIt_thenTheLetterNamesThemByIdAndNobodyGetsACopy() {
        List<Notice> notices = planner.noticesFor(event(toManager(), ESCALATED_AT), remembered(FROM_OLENA),
                Optional.of(escalationFromBefore(EscalationReason.DEADLINE_MISSED)));

        assertThat(notices).extracting(Notice::purpose).containsExactly(
                Purpose.COMPLAINT_ESCALATED, Purpose.COMPLAINT_MOVED_UP);
        assertThat(notices.get(0).facts())
                .contains(entry(Fact.DEADLINE_MISSED, true), entry(Fact.PREVIOUS_ASSIGNEE, "e-delivery-lead"),
                        entry(Fact.DEADLINE, DEADLINE))
                .doesNotContainKeys(Fact.MISSED_DEADLINE, Fact.OVERDUE_BY);
    }

    @Test
    void givenAnUnsatisfiedCustomer_thenNobodyGetsACopyAndTheCustomerIsToldWhoHasItNow() {
        List<Notice> notices = planner.noticesFor(event(toManager(), ESCALATED_AT), remembered(FROM_OLENA),
                Optional.of(escalation(EscalationReason.CUSTOMER_NOT_SATISFIED, "Nobody called me back.")));

        assertThat(notices).extracting(Notice::purpose).containsExactly(
                Purpose.COMPLAINT_ESCALATED, Purpose.COMPLAINT_MOVED_UP);
        assertThat(notices.get(1).facts()).contains(entry(Fact.CUSTOMER_NOT_SATISFIED, true),
                entry(Fact.DEADLINE_MISSED, false), entry(Fact.DEADLINE, DEADLINE));
    }

    @Test
    void givenAnEscalationOfACustomerWhoLeftNoEmail_thenOnlyStaffAreTold() {
        assertThat(planner.noticesFor(event(toManager(), ESCALATED_AT), remembered(submitted(null, Language.RU)),
                Optional.of(escalation(EscalationReason.DEADLINE_MISSED, null))))
                .extracting(Notice::purpose).containsExactly(Purpose.COMPLAINT_ESCALATED, Purpose.ESCALATION_COPY);
    }

    @Test
    void givenAPlainAssignment_thenItNamesTheNearestManagerOnlyWhenThereIsOneAndNobodyAboveOnlyWhenTheListIsEmpty() {
        ComplaintAssigned withManagers = new ComplaintAssigned("c 1", IVAN, 0, DEADLINE, List.of(OKSANA, MARIA, TARAS), T0);
        ComplaintAssigned managersNotCarried = new ComplaintAssigned("c 1", IVAN, 0, DEADLINE, null, T0);

        assertThat(planner.noticesFor(event(withManagers, T0), Optional.empty(), Optional.empty())).singleElement()
                .satisfies(notice -> assertThat(notice.facts())
                        .contains(entry(Fact.ESCALATES_TO, "Oksana Tkachenko"), entry(Fact.AT_TOP, false)));
        assertThat(planner.noticesFor(event(toTheCeo(), T0), Optional.empty(), Optional.empty())).singleElement()
                .satisfies(notice -> {
                    assertThat(notice.purpose()).isEqualTo(Purpose.COMPLAINT_ASSIGNED);
                    assertThat(notice.facts()).contains(entry(Fact.AT_TOP, true)).doesNotContainKey(Fact.ESCALATES_TO);
                });
        // Not carried says nothing of who is above: the letter must claim neither that it climbs nor that it cannot.
        assertThat(planner.noticesFor(event(managersNotCarried, T0), Optional.empty(), Optional.empty())).singleElement()
                .satisfies(notice -> assertThat(notice.facts()).doesNotContainKeys(Fact.ESCALATES_TO, Fact.AT_TOP));
    }

    @Test
    void givenTheSameEscalationRedelivered_thenEveryNoticeIsIdentical() {
        EventEnvelope<?> assignment = event(toManager(), ESCALATED_AT);
        Optional<RememberedEscalation> missed = Optional.of(escalation(EscalationReason.DEADLINE_MISSED, null));

        assertThat(planner.noticesFor(assignment, remembered(FROM_OLENA), missed))
                .isEqualTo(planner.noticesFor(assignment, remembered(FROM_OLENA), missed));
    }

    @Test
    void givenTheDeadlineOfTheTopPassed_thenTheCeoIsRemindedItIsOverdueAndStillTheirs() {
        Instant recordedAt = DEADLINE.plusSeconds(1);
        ComplaintDeadlineMissedAtTop missed = new ComplaintDeadlineMissedAtTop("c 1", 3, TARAS, DEADLINE, recordedAt);

        assertThat(planner.noticesFor(event(missed, recordedAt), remembered(FROM_OLENA), Optional.empty()))
                .singleElement().satisfies(notice -> {
                    assertThat(notice.purpose()).isEqualTo(Purpose.DEADLINE_MISSED_AT_TOP);
                    assertThat(notice.recipient()).isEqualTo(new Recipient("Taras Bondarenko", "taras@retail.example"));
                    assertThat(notice.facts()).contains(
                            entry(Fact.REFERENCE, "KB-26-000001"),
                            entry(Fact.MISSED_DEADLINE, DEADLINE))
                            .doesNotContainKey(Fact.ESCALATES_TO);
                });
    }

    @Test
    void givenTheAppealWindowPassed_thenTheCustomerIsToldItIsClosedAndOtherClosesTellNobody() {
        Instant closedAt = APPEAL_DEADLINE.plusSeconds(1);

        assertThat(planner.noticesFor(event(new ComplaintClosed("c 1", ClosureReason.APPEAL_WINDOW_PASSED, closedAt), closedAt),
                remembered(FROM_OLENA), Optional.empty())).singleElement().satisfies(notice -> {
                    assertThat(notice.purpose()).isEqualTo(Purpose.COMPLAINT_CLOSED);
                    assertThat(notice.recipient()).isEqualTo(new Recipient("Olena", "olena@example.com"));
                    assertThat(notice.language()).isEqualTo(Language.UK);
                    assertThat(notice.facts()).contains(entry(Fact.REFERENCE, "KB-26-000001"))
                            .doesNotContainKey(Fact.STATUS_LINK);
                });
        assertThat(planner.noticesFor(event(new ComplaintClosed("c 1", ClosureReason.ACCEPTED_BY_CUSTOMER, closedAt), closedAt),
                remembered(FROM_OLENA), Optional.empty())).isEmpty();
        assertThat(planner.noticesFor(event(new ComplaintClosed("c 1", ClosureReason.FINAL_ANSWER, closedAt), closedAt),
                remembered(FROM_OLENA), Optional.empty())).isEmpty();
        assertThat(planner.noticesFor(event(new ComplaintClosed("c 1", ClosureReason.APPEAL_WINDOW_PASSED, closedAt), closedAt),
                remembered(submitted(null, Language.UK)), Optional.empty())).isEmpty();
    }

    private static ComplaintSubmitted submitted(CustomerContact contact, Language language) {
        return new ComplaintSubmitted("c 1", ComplaintKind.COMPLAINT, Channel.WEBSITE, "kyiv-001", "delivery",
                "The sofa came late.", contact, language, T0, "KB-26-000001");
    }

    private static ComplaintSubmitted withReference(ComplaintSubmitted submitted, String reference) {
        return new ComplaintSubmitted(submitted.complaintId(), submitted.kind(), submitted.channel(), submitted.storeId(),
                submitted.category(), submitted.text(), submitted.customer(), submitted.language(),
                submitted.submittedAt(), reference);
    }

    private static ComplaintSubmitted withNames(ComplaintSubmitted submitted) {
        return new ComplaintSubmitted(submitted.complaintId(), submitted.kind(), submitted.channel(), submitted.storeId(),
                submitted.category(), submitted.text(), submitted.customer(), submitted.language(),
                submitted.submittedAt(), submitted.reference(), STORE, ADDRESS, CATEGORY);
    }

    private static Optional<RememberedComplaint> remembered(ComplaintSubmitted submitted) {
        return Optional.of(RememberedComplaint.of(submitted));
    }

    private static ComplaintAssigned assigned(int level, String email) {
        return new ComplaintAssigned("c 1", new StaffMember("e-1", "Ivan Petrenko", email), level, DEADLINE, List.of(), T0);
    }

    private static ComplaintAssigned toManager() {
        return new ComplaintAssigned("c 1", OKSANA, 1, DEADLINE, List.of(MARIA, TARAS), ESCALATED_AT);
    }

    private static ComplaintAssigned toTheCeo() {
        return new ComplaintAssigned("c 1", TARAS, 3, DEADLINE, List.of(), ESCALATED_AT);
    }

    private static ComplaintAnswered answered(SuggestionOutcome outcome, boolean finalAnswer, Instant appealDeadline) {
        return new ComplaintAnswered("c 1", "e-1", 0, "A new sofa arrives on Friday.", outcome, finalAnswer,
                appealDeadline, ANSWERED_AT);
    }

    private static ComplaintRejected rejected(String comment, boolean finalAnswer, Instant appealDeadline) {
        return new ComplaintRejected("c 1", "e-1", 0, RejectionReason.DUPLICATE, comment, finalAnswer, appealDeadline,
                ANSWERED_AT);
    }

    private static RememberedEscalation escalation(EscalationReason reason, String comment) {
        return new RememberedEscalation("c 1", 1, reason, "e-delivery-lead", comment, IVAN,
                reason == EscalationReason.DEADLINE_MISSED ? MISSED : null, ESCALATED_AT);
    }

    /** An escalation as events recorded before they carried whom it climbed from and which deadline passed. */
    private static RememberedEscalation escalationFromBefore(EscalationReason reason) {
        return new RememberedEscalation("c 1", 1, reason, "e-delivery-lead", null, null, null, ESCALATED_AT);
    }

    private static EventEnvelope<?> event(Object payload, Instant occurredAt) {
        return new EventEnvelope<>("ev-1", "c 1", 0, payload.getClass().getSimpleName(), 1, occurredAt, payload);
    }
}

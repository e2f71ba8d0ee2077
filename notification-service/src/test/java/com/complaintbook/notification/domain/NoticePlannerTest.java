package com.complaintbook.notification.domain;

import com.complaintbook.contracts.Channel;
import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.contracts.CustomerContact;
import com.complaintbook.contracts.Language;
import com.complaintbook.contracts.StaffMember;
import com.complaintbook.contracts.events.ComplaintAssigned;
import com.complaintbook.contracts.events.ComplaintEventType;
import com.complaintbook.contracts.events.ComplaintSubmitted;
import com.complaintbook.contracts.events.EventEnvelope;
import com.complaintbook.notification.SampleEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class NoticePlannerTest {

    private static final Instant T0 = Instant.parse("2026-11-20T09:15:30Z");
    private static final Instant DEADLINE = Instant.parse("2026-11-25T09:15:30Z");

    private final NoticePlanner planner = new NoticePlanner(
            new StatusLinks("https://complaints.retail.example/status/{complaintId}"), Language.EN);

    @Test
    void givenASubmissionWithAnEmail_thenTheCustomerIsToldInTheirLanguageWithTheStatusLink() {
        ComplaintSubmitted submitted = submitted(new CustomerContact("Olena", "olena@example.com", null), Language.UK);

        List<Notice> notices = planner.noticesFor(event(submitted), Optional.of(RememberedComplaint.of(submitted)));

        assertThat(notices).singleElement().satisfies(notice -> {
            assertThat(notice.purpose()).isEqualTo(Purpose.COMPLAINT_RECEIVED);
            assertThat(notice.recipient()).isEqualTo(new Recipient("Olena", "olena@example.com"));
            assertThat(notice.language()).isEqualTo(Language.UK);
            assertThat(notice.facts()).contains(
                    entry(Fact.COMPLAINT_ID, "c 1"),
                    entry(Fact.KIND, ComplaintKind.COMPLAINT),
                    entry(Fact.STORE_ID, "kyiv-001"),
                    entry(Fact.CATEGORY, "delivery"),
                    entry(Fact.TEXT, "The sofa came late."),
                    entry(Fact.STATUS_LINK, "https://complaints.retail.example/status/c+1"));
        });
    }

    @Test
    void givenASubmissionWithoutAnEmail_thenNobodyIsTold() {
        ComplaintSubmitted anonymous = submitted(null, Language.RU);
        ComplaintSubmitted phoneOnly = submitted(new CustomerContact("Ivan", " ", "+380441234567"), Language.RU);

        assertThat(planner.noticesFor(event(anonymous), Optional.of(RememberedComplaint.of(anonymous)))).isEmpty();
        assertThat(planner.noticesFor(event(phoneOnly), Optional.of(RememberedComplaint.of(phoneOnly)))).isEmpty();
    }

    @Test
    void givenAnAssignment_thenTheAssigneeIsToldInTheStaffLanguageWithWhatTheCustomerWrote() {
        ComplaintSubmitted submitted = submitted(null, Language.UK);

        List<Notice> notices = planner.noticesFor(event(assigned("ivan@retail.example")),
                Optional.of(RememberedComplaint.of(submitted)));

        assertThat(notices).singleElement().satisfies(notice -> {
            assertThat(notice.purpose()).isEqualTo(Purpose.COMPLAINT_ASSIGNED);
            assertThat(notice.recipient()).isEqualTo(new Recipient("Ivan Petrenko", "ivan@retail.example"));
            assertThat(notice.language()).isEqualTo(Language.EN);
            assertThat(notice.facts()).contains(
                    entry(Fact.COMPLAINT_ID, "c 1"),
                    entry(Fact.LEVEL, 0),
                    entry(Fact.DEADLINE, DEADLINE),
                    entry(Fact.ASSIGNEE_NAME, "Ivan Petrenko"),
                    entry(Fact.TEXT, "The sofa came late."));
        });
    }

    @Test
    void givenAnAssignmentWhoseSubmissionWasNeverSeen_thenTheAssigneeIsStillToldWhatTheEventSays() {
        List<Notice> notices = planner.noticesFor(event(assigned("ivan@retail.example")), Optional.empty());

        assertThat(notices).singleElement().satisfies(notice -> assertThat(notice.facts())
                .containsOnlyKeys(Fact.COMPLAINT_ID, Fact.LEVEL, Fact.DEADLINE, Fact.ASSIGNEE_NAME));
    }

    @Test
    void givenAnAssigneeWithoutAnEmail_thenNobodyIsTold() {
        assertThat(planner.noticesFor(event(assigned(null)), Optional.empty())).isEmpty();
    }

    @Test
    void givenAnEventThatTellsNobodyYet_thenThereAreNoNotices() {
        ComplaintSubmitted submitted = submitted(new CustomerContact("Olena", "olena@example.com", null), Language.UK);

        assertThat(planner.noticesFor(SampleEvent.of(ComplaintEventType.ANSWERED).forComplaint("c 1").typed(),
                Optional.of(RememberedComplaint.of(submitted)))).isEmpty();
    }

    private static ComplaintSubmitted submitted(CustomerContact contact, Language language) {
        return new ComplaintSubmitted("c 1", ComplaintKind.COMPLAINT, Channel.WEBSITE, "kyiv-001", "delivery",
                "The sofa came late.", contact, language, T0);
    }

    private static ComplaintAssigned assigned(String email) {
        return new ComplaintAssigned("c 1", new StaffMember("e-1", "Ivan Petrenko", email), 0, DEADLINE, List.of(), T0);
    }

    private static EventEnvelope<?> event(Object payload) {
        return new EventEnvelope<>("ev-1", "c 1", 0, payload.getClass().getSimpleName(), 1, T0, payload);
    }
}

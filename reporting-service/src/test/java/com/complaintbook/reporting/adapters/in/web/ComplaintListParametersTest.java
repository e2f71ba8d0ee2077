package com.complaintbook.reporting.adapters.in.web;

import com.complaintbook.reporting.application.Paging;
import com.complaintbook.reporting.domain.ComplaintFilter;
import com.complaintbook.reporting.domain.ComplaintStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComplaintListParametersTest {

    private static final ComplaintListProperties LIMITS = new ComplaintListProperties(20, 100);

    @Test
    void givenNothing_thenEveryComplaintOnTheFirstPageOfTheDefaultSize() {
        ComplaintListParameters none = new ComplaintListParameters(null, null, null, null, null, null, null);

        assertThat(none.filter()).isEqualTo(ComplaintFilter.everything());
        assertThat(none.paging(LIMITS)).isEqualTo(new Paging(0, 20));
    }

    @Test
    void givenBlankValues_thenTheyCountAsNotGiven() {
        ComplaintListParameters blank = new ComplaintListParameters(List.of(""), " ", "", "  ", " ", "", " ");

        assertThat(blank.filter()).isEqualTo(ComplaintFilter.everything());
        assertThat(blank.paging(LIMITS)).isEqualTo(new Paging(0, 20));
    }

    @Test
    void givenEveryCriterion_thenTheFilterHoldsThemAll() {
        ComplaintListParameters given = new ComplaintListParameters(List.of("assigned", " ESCALATED "),
                "m-logistics", "kyiv-001", "delivery", "KB-26-004213", "2", "50");

        assertThat(given.filter()).isEqualTo(new ComplaintFilter(
                Set.of(ComplaintStatus.ASSIGNED, ComplaintStatus.ESCALATED), "m-logistics", "kyiv-001", "delivery",
                "KB-26-004213"));
        assertThat(given.paging(LIMITS)).isEqualTo(new Paging(2, 50));
    }

    @Test
    void givenAReferenceAsSomeoneTypedIt_thenItIsReadAsIntakeWritesIt() {
        ComplaintListParameters typed = new ComplaintListParameters(null, null, null, null, " kb-26-004213 ", null, null);

        assertThat(typed.filter().reference()).isEqualTo("KB-26-004213");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "status | OPEN  |     |     | status must be one of SUBMITTED, ASSIGNED, ANSWERED, REJECTED, ESCALATED, CLOSED, was 'OPEN'",
            "page   |       | -1  |     | page must be a whole number of at least 0, was -1",
            "page   |       | two |     | page must be a whole number of at least 0, was 'two'",
            "size   |       |     | 0   | size must be a whole number from 1 to 100, was 0",
            "size   |       |     | 101 | size must be a whole number from 1 to 100, was 101",
            "size   |       |     | 1.5 | size must be a whole number from 1 to 100, was '1.5'",
            "page   |       | 2147483647 | 100 | page 2147483647 of size 100 starts beyond the last item a list can reach"})
    void givenAValueTheListCannotUse_thenTheRefusalNamesTheParameterAndWhatItAccepts(
            String parameter, String status, String page, String size, String detail) {
        ComplaintListParameters bad = new ComplaintListParameters(status == null ? null : Arrays.asList(status),
                null, null, null, null, page, size);

        assertThatThrownBy(() -> {
            bad.filter();
            bad.paging(LIMITS);
        }).isInstanceOfSatisfying(InvalidParameterException.class, refusal -> {
            assertThat(refusal.parameter()).isEqualTo(parameter);
            assertThat(refusal.getBody().getDetail()).isEqualTo(detail);
            assertThat(refusal.getBody().getProperties()).containsEntry("parameter", parameter);
        });
    }
}

package com.complaintbook.reporting.adapters.out.mongo;

import com.complaintbook.reporting.domain.ComplaintViewChange;
import com.complaintbook.reporting.domain.ViewField;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class WriteRoundsTest {

    private static final Instant T0 = Instant.parse("2026-11-20T09:15:30Z");

    @Test
    void theChangesOfOneViewGoToSuccessiveRoundsInTheBatchsOrderAndOtherViewsShareThem() {
        WriteRounds rounds = WriteRounds.of(List.of(
                change("a", 0), change("b", 0), change("a", 1), change("a", 2), change("b", 1), change("c", 0)));

        assertThat(all(rounds)).containsExactly(List.of(0, 1, 5), List.of(2, 4), List.of(3));
    }

    @Test
    void aReferenceClaimedEarlierInTheBatchIsClaimedAgainOnlyInALaterRound() {
        WriteRounds rounds = WriteRounds.of(List.of(
                change("a", 0).set(ViewField.REFERENCE, "KB-26-000001"),
                change("b", 0).set(ViewField.REFERENCE, "KB-26-000001"),
                change("c", 0).set(ViewField.REFERENCE, "KB-26-000002"),
                change("b", 1),
                change("d", 0)));

        assertThat(all(rounds)).containsExactly(List.of(0, 2, 4), List.of(1), List.of(3));
    }

    @Test
    void everyChangeBeforeTheFirstPositionOfARoundOnIsInAnEarlierRound() {
        WriteRounds rounds = WriteRounds.of(List.of(
                change("a", 0), change("b", 0), change("a", 1), change("a", 2), change("b", 1), change("c", 0)));

        assertThat(IntStream.rangeClosed(0, rounds.count()).map(rounds::firstPositionFrom))
                .containsExactly(0, 2, 3, 6);
    }

    @Test
    void anEmptyBatchHasNoRounds() {
        WriteRounds rounds = WriteRounds.of(List.of());

        assertThat(rounds.count()).isZero();
        assertThat(rounds.firstPositionFrom(0)).isZero();
    }

    private static List<List<Integer>> all(WriteRounds rounds) {
        return IntStream.range(0, rounds.count()).mapToObj(rounds::round).toList();
    }

    private static ComplaintViewChange change(String complaintId, long sequence) {
        return ComplaintViewChange.at(complaintId, sequence, T0);
    }
}

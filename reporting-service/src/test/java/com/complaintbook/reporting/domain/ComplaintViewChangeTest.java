package com.complaintbook.reporting.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A field is set, cleared or counted by one change, never two of these at once. */
class ComplaintViewChangeTest {

    private final ComplaintViewChange change = ComplaintViewChange.at("c-1", 4, Instant.parse("2026-11-25T09:16:00Z"));

    @Test
    void theLastOperationOnAFieldWins() {
        ComplaintViewChange counted = change.set(ViewField.ESCALATION_COUNT, 7).clear(ViewField.ESCALATION_COUNT)
                .increment(ViewField.ESCALATION_COUNT);
        ComplaintViewChange set = counted.set(ViewField.ESCALATION_COUNT, 2);

        assertThat(counted.values()).isEmpty();
        assertThat(counted.cleared()).isEmpty();
        assertThat(counted.incremented()).containsExactly(ViewField.ESCALATION_COUNT);
        assertThat(set.values()).containsOnlyKeys(ViewField.ESCALATION_COUNT);
        assertThat(set.incremented()).isEmpty();
    }

    @Test
    void settingNothingClears() {
        assertThat(change.set(ViewField.ANSWER, null).cleared()).containsExactly(ViewField.ANSWER);
    }

    @Test
    void aChangeIsAValue() {
        assertThat(change.increment(ViewField.ESCALATION_COUNT)).isEqualTo(change.increment(ViewField.ESCALATION_COUNT));
        assertThat(change.increment(ViewField.ESCALATION_COUNT)).isNotEqualTo(change);
    }
}

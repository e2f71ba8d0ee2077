package com.complaintbook.kit.sequence;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SequenceCheckTest {

    @Test
    void givenAStreamAppliedUpTo4_whenItsNextRecordArrives_thenItIsNextAndMovesTheStreamOn() {
        SequenceCheck check = new SequenceCheck(Map.of("c-1", 4L));

        assertThat(check.admit(record("c-1", 5))).isEqualTo(Admission.NEXT);
        assertThat(check.admit(record("c-1", 6))).isEqualTo(Admission.NEXT);
        assertThat(check.expected("c-1")).isEqualTo(7);
    }

    @Test
    void givenAStreamNothingOfWhichWasApplied_thenOnlyItsFirstRecordIsNext() {
        SequenceCheck check = new SequenceCheck(Map.of());

        assertThat(check.admit(record("c-1", 1))).isEqualTo(Admission.HELD);
        assertThat(check.admit(record("c-1", 0))).isEqualTo(Admission.NEXT);
    }

    @Test
    void givenAGap_thenTheLaterRecordIsHeldNotDropped_andTheStreamStillWaitsForTheMissingOne() {
        SequenceCheck check = new SequenceCheck(Map.of("c-1", 4L));

        assertThat(check.admit(record("c-1", 6))).isEqualTo(Admission.HELD);
        assertThat(check.expected("c-1")).isEqualTo(5);
        assertThat(check.admit(record("c-1", 5))).isEqualTo(Admission.NEXT);
    }

    @Test
    void givenARecordTheStreamHasPassed_thenItIsHandedThroughForTheConsumersOwnIdempotency() {
        SequenceCheck check = new SequenceCheck(Map.of("c-1", 4L));

        assertThat(check.admit(record("c-1", 4))).isEqualTo(Admission.ALREADY_PASSED);
        assertThat(check.admit(record("c-1", 0))).isEqualTo(Admission.ALREADY_PASSED);
        assertThat(check.admit(record("c-1", 5))).isEqualTo(Admission.NEXT);
        assertThat(check.admit(record("c-1", 5))).isEqualTo(Admission.ALREADY_PASSED);
        assertThat(Admission.ALREADY_PASSED.applies()).isTrue();
        assertThat(Admission.HELD.applies()).isFalse();
    }

    @Test
    void givenOneStreamsGap_thenOtherStreamsGoOn() {
        SequenceCheck check = new SequenceCheck(Map.of("c-1", 4L, "c-2", 0L));

        assertThat(check.admit(record("c-1", 9))).isEqualTo(Admission.HELD);
        assertThat(check.admit(record("c-2", 1))).isEqualTo(Admission.NEXT);
        assertThat(check.admit(record("c-3", 0))).isEqualTo(Admission.NEXT);
    }

    private static SequencedRecord record(String stream, long sequence) {
        return new SequencedRecord(stream, sequence, "{\"sequence\":" + sequence + "}");
    }
}
